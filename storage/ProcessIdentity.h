#pragma once

#include <string>

namespace sentiment::storage {

/// Names a running process so that a later process can tell whether it is still alive: the
/// host, the boot, the pid and the pid's start time (a pid alone is reused after it dies).
struct ProcessIdentity {
    std::string host;
    std::string boot;  ///< the kernel's boot id: after a reboot no earlier process lives
    long pid = 0;
    std::string startTime;  ///< clock ticks after boot, from /proc/PID/stat

    /// This process.
    static ProcessIdentity current();
    /// Of another process on this machine; pid 0 when it does not exist.
    static ProcessIdentity of(long pid);

    /// True when the process is alive now. A process on another host counts as alive: this
    /// machine cannot tell, and marking its run interrupted could be wrong.
    bool alive() const;

    /// One word for the database ("host|boot|pid|start"), and back.
    std::string encode() const;
    static ProcessIdentity decode(const std::string& text);
};

}  // namespace sentiment::storage
