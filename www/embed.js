// The demo site's own script: shows that the element's result event reaches the host page.
const view = document.getElementById('story');
const caption = document.getElementById('caption');
view.addEventListener('storyline-result', (ev) => {
  const r = ev.detail;
  caption.textContent = `Storyline found ${r.entities.length} names and ${r.timeline.length} dated events — analyzed in this browser, nothing sent anywhere.`;
});
view.addEventListener('storyline-error', (ev) => {
  caption.textContent = `Storyline could not analyze this text: ${ev.detail.message}`;
});
