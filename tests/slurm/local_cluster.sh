#!/usr/bin/env bash
# A single-node Slurm (Debian's slurm-wlm and munge) on this machine, for the opt-in test of
# `train --emit-slurm` (tests/slurm/run_array_test.sh). Everything lives under STATE; nothing
# of the machine's own Slurm configuration is touched.
#   tests/slurm/local_cluster.sh start STATE    # prints the SLURM_CONF to export
#   tests/slurm/local_cluster.sh stop STATE
set -euo pipefail
action=${1:?usage: local_cluster.sh start|stop STATE}
state=$(mkdir -p "${2:?usage: local_cluster.sh start|stop STATE}" && cd "$2" && pwd)
conf=$state/slurm.conf

stop() {
    for pidfile in "$state"/slurmd.pid "$state"/slurmctld.pid "$state"/munged.pid; do
        [[ -f $pidfile ]] && kill "$(cat "$pidfile")" 2>/dev/null || true
    done
    sleep 1
}

if [[ $action == stop ]]; then
    stop
    exit 0
fi

for tool in slurmctld slurmd munged sbatch; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install slurm-wlm munge" >&2; exit 77; }
done
stop
mkdir -p "$state"/{spool,ctld,munge,log}
# munge: a key of our own and a socket under STATE.
dd if=/dev/urandom of="$state/munge/munge.key" bs=1024 count=1 status=none
chmod 700 "$state/munge"
chmod 400 "$state/munge/munge.key"
munged --key-file="$state/munge/munge.key" --socket="$state/munge/socket" --pid-file="$state/munged.pid" \
       --log-file="$state/log/munged.log" --seed-file="$state/munge/seed" --force
host=$(hostname -s)
cpus=$(nproc)
memory=$(awk '/MemTotal/ { printf "%d", $2 / 1024 * 0.8 }' /proc/meminfo)
user=$(id -un)
cat > "$conf" <<CONF
ClusterName=sentimentlab-test
SlurmctldHost=$host
SlurmUser=$user
SlurmdUser=$user
AuthType=auth/munge
AuthInfo=socket=$state/munge/socket
CredType=cred/munge
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/spool
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/log/slurmctld.log
SlurmdLogFile=$state/log/slurmd.log
SlurmctldPort=16817
SlurmdPort=16818
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
ReturnToService=2
MpiDefault=none
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$conf
slurmctld -f "$conf"
slurmd -f "$conf"
# Up when the node takes jobs.
for _ in $(seq 60); do
    if sinfo -h -o %T 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; then
        echo "$conf"
        exit 0
    fi
    sleep 1
done
echo "the local Slurm did not come up; logs in $state/log" >&2
sinfo >&2 || true
exit 1
