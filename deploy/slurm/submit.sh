#!/bin/bash
# Submits a sharded perfplan run: an N-task job array and the merge that depends on it.
#
#   PERFPLAN_DATA=DIR PERFPLAN_PARTS=DIR PERFPLAN_OUT=DIR deploy/slurm/submit.sh N [sbatch options…]
#
# Prints the array job id and the merge job id. Extra options (a partition, an account)
# go to both jobs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
n=${1:?usage: submit.sh N [sbatch options…]}
shift
# Every task and the merge see the same clock: one "generated" day, even across midnight.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date +%s)}
mkdir -p "${PERFPLAN_PARTS:?set PERFPLAN_PARTS}"
array=$(sbatch --parsable --array=1-"$n" "$@" "$here/perfplan-shard.sbatch")
array=${array%%;*}
merge=$(sbatch --parsable --dependency=afterok:"$array" --kill-on-invalid-dep=yes "$@" "$here/perfplan-merge.sbatch")
echo "$array ${merge%%;*}"
