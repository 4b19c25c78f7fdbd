// The sample article. Written for Storyline (not a real news report: the people and the events
// are invented); it may be copied freely. It has a headline, a dateline, people with titles,
// places, nationalities, quantities, quotes, dates with weekdays, and relative dates.
export const SAMPLE_CREDIT =
  'Sample article written for Storyline: an invented story (people and events are fictional), free to reuse.';

export const SAMPLE_TEXT = `Lisbon dockers end nine-day strike as EU ministers prepare port talks
Published March 13, 2025

LISBON — Dockworkers at the Port of Lisbon returned to work on Thursday after a nine-day strike that had left more than 1,200 containers stranded on the quays, the port authority said.

Port authority president Marta Valente told reporters that the first ships were unloaded early in the morning. "We lost almost two weeks, but nobody lost their job," Valente said. "The cranes have been running since six o'clock."

The strike began on March 4, when the dockers' union rejected a new shift system. Union leader Nuno Barros said on Wednesday that about 3,000 members had voted to accept a revised offer the day before. "This agreement protects the night shifts," Barros said.

Portuguese Economy Minister Helena Quintela welcomed the deal and said the government would publish the details next week. Spanish and Dutch shipping companies had diverted cargo to Valencia and Rotterdam during the stoppage, and exporters in the Alentejo region put their losses at €40 million.

The dispute dates back to January 2024, when the port introduced automated gates. Talks collapsed twice last year, first in May and again in October.

European Commission spokesman Pieter Jansma said in Brussels on Tuesday that the commission was "following the situation closely". Transport ministers of the European Union will meet in Luxembourg on Monday, March 17, to discuss port security and Atlantic shipping routes.

Barros said the union would hold a general assembly two days after the ministers' meeting. Container traffic through Lisbon has grown 12 percent since 2019, according to the port authority.
`;
