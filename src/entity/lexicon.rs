//! Word lists and gazetteers compiled in from `src/tables/`. (To be written.)
