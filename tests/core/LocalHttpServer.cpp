#include "LocalHttpServer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <string_view>

namespace sentiment::test {

namespace {
bool sendAll(int fd, std::string_view data) {
    while (!data.empty()) {
        const auto n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
        if (n <= 0) return false;
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}
}  // namespace

LocalHttpServer::LocalHttpServer() {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    if (listener_ < 0) throw std::runtime_error("socket failed");
    int one = 1;
    ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(listener_, 8) != 0) {
        throw std::runtime_error("bind/listen on 127.0.0.1 failed");
    }
    socklen_t len = sizeof addr;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { run(); });
}

LocalHttpServer::~LocalHttpServer() {
    stopping_ = true;
    ::shutdown(listener_, SHUT_RDWR);
    thread_.join();
    ::close(listener_);
}

void LocalHttpServer::serve(const std::string& path, std::string body, Mode mode) {
    std::lock_guard lock(mutex_);
    routes_[path] = Route{std::move(body), mode, 0, {}};
}

std::string LocalHttpServer::url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
}

int LocalHttpServer::proxied() const {
    std::lock_guard lock(mutex_);
    return proxied_;
}

int LocalHttpServer::hangUps(const std::string& path) const {
    std::lock_guard lock(mutex_);
    const auto it = routes_.find(path);
    return it == routes_.end() ? 0 : it->second.hangUps;
}

std::vector<std::string> LocalHttpServer::ranges() const {
    std::lock_guard lock(mutex_);
    return ranges_;
}

void LocalHttpServer::run() {
    while (!stopping_) {
        pollfd p{listener_, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0) continue;
        const int client = ::accept(listener_, nullptr, nullptr);
        if (client < 0) continue;
        answer(client);
        ::close(client);
    }
}

void LocalHttpServer::answer(int client) {
    std::string request;
    char buf[4096];
    while (request.find("\r\n\r\n") == std::string::npos) {
        const auto n = ::recv(client, buf, sizeof buf, 0);
        if (n <= 0) return;
        request.append(buf, static_cast<std::size_t>(n));
    }
    const auto sp1 = request.find(' '), sp2 = request.find(' ', sp1 + 1);
    std::string path = request.substr(sp1 + 1, sp2 - sp1 - 1);
    if (path.rfind("http://", 0) == 0) {  // absolute form: we are asked as a proxy
        const auto slash = path.find('/', 7);
        path = slash == std::string::npos ? "/" : path.substr(slash);
        std::lock_guard lock(mutex_);
        ++proxied_;
    }
    std::string range;
    for (std::string_view key : {"Range: bytes=", "range: bytes="}) {
        if (const auto at = request.find(key); at != std::string::npos) {
            range = request.substr(at + key.size(), request.find("\r\n", at) - at - key.size());
        }
    }
    std::unique_lock lock(mutex_);
    ranges_.push_back(range);
    const auto it = routes_.find(path);
    if (it == routes_.end()) {
        lock.unlock();
        sendAll(client, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    }
    Route& route = it->second;
    const std::string body = route.body;
    const Mode mode = route.mode;
    const int served = route.served++;
    lock.unlock();

    if (mode == Mode::RedirectToHttp) {
        sendAll(client,
                "HTTP/1.1 302 Found\r\nLocation: http://localhost:" + std::to_string(port_) + path +
                    "-plain\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    }
    std::size_t from = 0;
    if (!range.empty() && mode != Mode::IgnoreRange)
        from = std::stoul(range.substr(0, range.find('-')));
    if (from > body.size()) {
        sendAll(client, "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */" +
                            std::to_string(body.size()) +
                            "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    }
    const std::string_view rest = std::string_view(body).substr(from);
    std::string head = from > 0 ? "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " +
                                      std::to_string(from) + "-" + std::to_string(body.size() - 1) +
                                      "/" + std::to_string(body.size()) + "\r\n"
                                : std::string("HTTP/1.1 200 OK\r\n");
    head += "Accept-Ranges: bytes\r\nContent-Length: " + std::to_string(rest.size()) +
            "\r\nConnection: close\r\n\r\n";
    sendAll(client, head);
    if (mode == Mode::StopHalfwayOnce && served == 0) {
        sendAll(client, rest.substr(0, rest.size() / 2));
        return;  // the connection closes with half the body sent
    }
    const bool stall =
        (mode == Mode::StallHalfwayOnce && served == 0) || mode == Mode::StallAfterAnEighth;
    if (stall) {
        sendAll(client, rest.substr(0, mode == Mode::StallAfterAnEighth ? rest.size() / 8
                                                                        : rest.size() / 2));
        // Then silence, the connection open, until the client gives up (or the server stops, or
        // two minutes pass: only a guard against a test that would hang).
        for (int i = 0; i < 1200 && !stopping_; ++i) {
            pollfd p{client, POLLIN, 0};
            if (::poll(&p, 1, 100) > 0) {
                char probe[64];
                if (::recv(client, probe, sizeof probe, 0) <= 0) {  // the client hung up
                    std::lock_guard done(mutex_);
                    ++routes_[path].hangUps;
                    break;
                }
            }
        }
        return;
    }
    if (mode == Mode::Slow) {
        const std::size_t piece = rest.size() / 16 + 1;
        for (std::size_t at = 0; at < rest.size() && !stopping_; at += piece) {
            if (!sendAll(client, rest.substr(at, piece))) break;  // the client hung up
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return;
    }
    sendAll(client, rest);
}

}  // namespace sentiment::test
