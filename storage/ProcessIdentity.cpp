#include "storage/ProcessIdentity.h"

#include <unistd.h>

#include <fstream>
#include <sstream>
#include <vector>

namespace sentiment::storage {

namespace {

std::string firstLine(const std::string& file) {
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    return line;
}

std::string hostName() {
    char buf[256] = {};
    if (gethostname(buf, sizeof buf - 1) != 0) return "localhost";
    return buf;
}

// Field 22 of /proc/PID/stat; the command name (field 2) may hold spaces and parentheses,
// so the fields are counted after its closing parenthesis.
std::string startTimeOf(long pid) {
    const auto stat = firstLine("/proc/" + std::to_string(pid) + "/stat");
    const auto close = stat.rfind(')');
    if (close == std::string::npos) return {};
    std::istringstream rest(stat.substr(close + 1));
    std::string field;
    for (int i = 3; i <= 22 && (rest >> field); ++i) {
        if (i == 22) return field;
    }
    return {};
}

}  // namespace

ProcessIdentity ProcessIdentity::current() {
    return of(static_cast<long>(getpid()));
}

ProcessIdentity ProcessIdentity::of(long pid) {
    ProcessIdentity id;
    id.host = hostName();
    id.boot = firstLine("/proc/sys/kernel/random/boot_id");
    id.startTime = startTimeOf(pid);
    id.pid = id.startTime.empty() ? 0 : pid;
    return id;
}

bool ProcessIdentity::alive() const {
    if (host.empty()) return false;  // nobody claims the run
    const auto here = of(pid);
    if (host != here.host) return true;
    if (pid <= 0 || here.pid == 0) return false;
    return boot == here.boot && startTime == here.startTime;
}

std::string ProcessIdentity::encode() const {
    return host + "|" + boot + "|" + std::to_string(pid) + "|" + startTime;
}

ProcessIdentity ProcessIdentity::decode(const std::string& text) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, '|')) parts.push_back(part);
    ProcessIdentity id;
    if (parts.size() != 4) return id;
    id.host = parts[0];
    id.boot = parts[1];
    try {
        id.pid = std::stol(parts[2]);
    } catch (const std::exception&) {
        id.pid = 0;
    }
    id.startTime = parts[3];
    return id;
}

}  // namespace sentiment::storage
