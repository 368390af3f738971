#!/usr/bin/env bash
# End-to-end check of the Slurm recipe (deploy/slurm) on this machine: installs Slurm and
# MUNGE from Debian's packages if missing, starts a private one-node cluster (its own
# config, ports, MUNGE key and socket under a temporary folder; nothing in /etc is
# changed), submits an N-task array of `generate --shard slurm` and the dependent merge,
# then the same for `progress`, and compares each merged month folder with a single run,
# byte for byte. Root is needed (to install, and for slurmd).
#
#   bash scripts/slurm-e2e.sh [PERFPLAN_BINARY] [N] [EMPLOYEES]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-.build/debug/perfplan}")
n=${2:-3}
employees=${3:-300}
[ -x "$bin" ] || { echo "no perfplan binary at $bin (swift build first)" >&2; exit 2; }

need=()
for pkg in slurm-wlm munge; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/perfplan-slurm.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  sleep 1
  rm -rf "$work"
}
trap cleanup EXIT

# MUNGE: a key and socket of our own.
mkdir -p "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
munged --force --key-file="$work/munge/munge.key" --socket="$work/munge/socket" \
  --pid-file="$work/munge/munged.pid" --log-file="$work/munge/munged.log" --seed-file="$work/munge/seed"
pids+=("$(cat "$work/munge/munged.pid")")

# Slurm: one node (this machine), one partition, jobs as root.
host=$(hostname -s)
cpus=$(nproc)
port=$((17000 + RANDOM % 2000))
mkdir -p "$work/state" "$work/spool" "$work/logs"
export SLURM_CONF="$work/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=perfplan-e2e
SlurmctldHost=$host
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$work/munge/socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/logs/slurmctld.log
SlurmdLogFile=$work/logs/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
SchedulerType=sched/backfill
NodeName=$host CPUs=$cpus State=UNKNOWN
PartitionName=e2e Nodes=$host Default=YES MaxTime=INFINITE State=UP OverSubscribe=YES
CONF
slurmctld -i -D > "$work/logs/slurmctld.out" 2>&1 & pids+=($!)
slurmd -D > "$work/logs/slurmd.out" 2>&1 & pids+=($!)
for _ in $(seq 1 60); do
  state=$(sinfo -h -o %T 2>/dev/null | head -1 || true)
  case "$state" in idle*|mixed*|allocated*) break ;; esac
  sleep 1
done
[ "${state:-}" ] && [[ "$state" == idle* ]] || { echo "the one-node cluster did not come up (state: ${state:-none})"; tail -20 "$work"/logs/*; exit 1; }
echo "slurm: one-node cluster up on $host ($cpus CPUs), state $state"

export SOURCE_DATE_EPOCH=1793491200   # 2026-11-01
export PERFPLAN="$bin"
"$bin" sample "$work/data" --employees "$employees" --seed 7 --as-of 2026-11 >/dev/null 2>&1

# Waits for a job to leave the queue; fails unless it COMPLETED.
wait_job() {
  local id=$1
  while squeue -h -j "$id" 2>/dev/null | grep -q .; do sleep 1; done
  local state
  state=$(scontrol show job "$id" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | head -1 || true)
  [ "$state" = "JobState=COMPLETED" ] || { echo "job $id: ${state:-unknown}"; cat "$work"/*/run/*.log 2>/dev/null | tail -20; exit 1; }
}

run() {  # KIND AS_OF [OPTIONS]: single run, sharded run through Slurm, compare
  local kind=$1 as_of=$2
  shift 2
  mkdir -p "$work/$kind/run"
  cd "$work/$kind/run"
  "$bin" "$kind" --data "$work/data" --as-of "$as_of" --out "$work/$kind/single" "$@" 2>/dev/null
  local ids
  ids=$(PERFPLAN_DATA="$work/data" PERFPLAN_PARTS="$work/$kind/parts" PERFPLAN_OUT="$work/$kind/merged" \
        PERFPLAN_COMMAND="$kind" PERFPLAN_AS_OF="$as_of" PERFPLAN_PLANS="${plans:-}" \
        bash "$OLDPWD/deploy/slurm/submit.sh" "$n")
  cd "$OLDPWD"
  local array=${ids% *} merge=${ids#* }
  echo "slurm: $kind array job $array ($n tasks), merge job $merge (afterok:$array)"
  wait_job "$merge"
  local month
  month=$(basename "$(ls -d "$work/$kind/single"/[0-9]*)")
  [ "$(ls "$work/$kind/parts" | wc -l)" -eq "$n" ] || { echo "expected $n part folders"; exit 1; }
  diff -r "$work/$kind/single/$month" "$work/$kind/merged/$month"
  cmp "$work/$kind/single/$month/manifest.json" "$work/$kind/merged/$month/manifest.json"
  echo "slurm: $kind: merged $month of $n shards is byte-identical to the single run ($(find "$work/$kind/merged/$month" -type f | wc -l) files)"
}

run generate 2026-10
plans=$(ls -d "$work/generate/single"/[0-9]*)
run progress 2026-11 --plans "$plans"
echo "slurm-e2e: passed"
