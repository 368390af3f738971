#!/bin/bash
# A sharded generate on Kubernetes: the Indexed Job, then — once every index completed —
# the merge Job. Kubernetes has no job dependencies; this script is the `afterok`.
#
#   deploy/kubernetes/run.sh [N]     (N shards; default 4; kubectl pointed at the namespace)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
n=${1:-4}
kubectl apply -f "$here/volume.yaml"
kubectl delete job perfplan-shards perfplan-merge --ignore-not-found
# completions, parallelism and PERFPLAN_SHARD_COUNT are one number: N.
sed -e "s/completions: 4/completions: $n/" -e "s/parallelism: 4/parallelism: $n/" -e "s/value: \"4\"/value: \"$n\"/" \
  "$here/shards-job.yaml" | kubectl apply -f -
kubectl wait --for=condition=Complete job/perfplan-shards --timeout=6h
kubectl apply -f "$here/merge-job.yaml"
kubectl wait --for=condition=Complete job/perfplan-merge --timeout=2h
