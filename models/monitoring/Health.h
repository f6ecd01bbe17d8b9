#pragma once

// System health as the checklist writes it: [ ] Green [ ] Yellow [ ] Red. The monitor proposes it
// for an hour (HourHealth); the reports store and show it (HourlyReport's words).
enum class Health {
    Unknown,
    Green,
    Yellow,
    Red
};
