#!/usr/bin/env bash
# Runs a command while every core is kept busy (one `yes > /dev/null` per core), to find waits
# that assume a fast machine. The burners stop when the command ends, however it ends.
#   scripts/cpu-burner.sh [--times N] COMMAND [ARG...]
# With --times N the command runs N times in a row and stops at the first failure; each run's
# wall time and the total are printed. Exits with the command's status.
set -uo pipefail
times=1
if [ "${1:-}" = "--times" ]; then times=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: $0 [--times N] COMMAND [ARG...]" >&2; exit 2; }

burners=()
stop() { [ ${#burners[@]} -eq 0 ] || kill "${burners[@]}" 2>/dev/null; wait 2>/dev/null; }
trap stop EXIT
trap 'exit 130' INT TERM
for _ in $(seq 1 "$(nproc)"); do
  yes > /dev/null &
  burners+=($!)
done
echo "cpu-burner: ${#burners[@]} busy loop(s) on $(nproc) core(s) while: $*"

status=0
start_all=$SECONDS
for i in $(seq 1 "$times"); do
  start=$SECONDS
  "$@"
  status=$?
  echo "cpu-burner: run $i of $times exited $status after $((SECONDS - start)) s"
  [ "$status" -eq 0 ] || break
done
echo "cpu-burner: total $((SECONDS - start_all)) s"
exit "$status"
