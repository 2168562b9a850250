//! Lays the plan report out.
