//! Roles and titles attached to people ("Kremlin spokesman Dmitry Peskov"). (To be written.)
