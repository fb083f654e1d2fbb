#pragma once

#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace sentiment::test {

/// A tiny HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for download tests: it serves
/// fixed bodies, honours `Range: bytes=N-` with 206, and can misbehave on purpose. No test
/// touches the internet.
class LocalHttpServer {
public:
    enum class Mode {
        Normal,
        StopHalfwayOnce,   ///< the first response announces the whole body, sends half, and closes
        IgnoreRange,       ///< always 200 with the whole body
        Slow,              ///< the body in 16 pieces, 50 ms apart
        StallHalfwayOnce,  ///< the first response sends half the body, then nothing (the connection
                           ///< open)
        StallAfterAnEighth,  ///< every response sends the first eighth of the body, then nothing
                             ///< (the connection open)
        RedirectToHttp,      ///< 302 to the same path on plain http://localhost (a downgrade)
    };
    LocalHttpServer();
    ~LocalHttpServer();

    void serve(const std::string& path, std::string body, Mode mode = Mode::Normal);
    std::string url(const std::string& path) const;
    int port() const { return port_; }
    /// The Range header values received, in order ("" when none).
    std::vector<std::string> ranges() const;
    /// Requests that came in absolute form ("GET http://host/path"), as a proxy receives them;
    /// they are answered from the same routes.
    int proxied() const;
    /// The stalling modes: how many times a client hung up while the server sent nothing.
    int hangUps(const std::string& path) const;

private:
    void run();
    void answer(int client);

    struct Route {
        std::string body;
        Mode mode = Mode::Normal;
        int served = 0;
        int hangUps = 0;
    };
    int listener_ = -1;
    int port_ = 0;
    std::atomic<bool> stopping_{false};
    mutable std::mutex mutex_;
    std::map<std::string, Route> routes_;
    std::vector<std::string> ranges_;
    int proxied_ = 0;
    std::thread thread_;
};

}  // namespace sentiment::test
