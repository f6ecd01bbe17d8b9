#!/usr/bin/env bash
# Writes a checklist of TASKS task items to stdout, shaped like the seed checklist: phases of five
# sections of ten bold tasks, each task with steps (one with a blank, every fourth with a command),
# a fenced command block per section and a health-check entry per phase.
#   bench/make-checklist.sh 20000 > big.md
set -euo pipefail
tasks=${1:?usage: make-checklist.sh TASKS}
awk -v tasks="$tasks" 'BEGIN {
    print "# Generated Go-Live Checklist (" tasks " tasks)\n"
    print "## Overview\n\nA checklist made by bench/make-checklist.sh to time commands against its size.\n"
    for (t = 1; t <= tasks; ++t) {
        i = t - 1
        if (i % 50 == 0) {
            phase = i / 50 + 1
            print "---\n\n## Phase " phase ": Wave " phase "\n\nTimeline: T-" (phase % 7 + 1) " days\n"
        }
        if (i % 10 == 0) {
            section = i / 10 + 1
            print "### Section " section "\n"
        }
        print "- [ ] **Task " t ": Verify component " t " is ready**"
        print "  - Configuration of component " t " reviewed"
        print "  - Response time of component " t ": _____ ms"
        if (t % 4 == 0)
            print "  - Health endpoint answers: `curl -fsS https://svc-" t ".example/health`"
        print ""
        if (i % 10 == 9)
            print "```bash\n# Restart section " section "\nsystemctl restart section-" section ".service\n```\n"
        if (i % 50 == 49)
            print "System health after phase " phase ": [ ] Green [ ] Yellow [ ] Red\n"
    }
}'
