// A small, fast HTTP/1.1 keep-alive server for the probe benchmarks: one thread, epoll.
// It listens on 0.0.0.0:PORT so that every loopback address 127.x.y.z:PORT reaches it (on Linux
// the whole 127.0.0.0/8 is local), and drops any connection that does not come from and go to
// loopback. GET /healthz/readiness answers 200 {"status":"ok"}; anything else 404.
// Pipelined requests are answered in order; request bodies (Content-Length) are skipped.
//
//   http_bench_server [--port P] [--max-seconds S] [--show-request]
//
// Prints "port P" on stdout once it listens (P chosen by the system when 0), and on SIGTERM /
// SIGINT / after S seconds (default 900) "connections C requests R" on stderr.
#include <algorithm>
#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <unordered_map>

namespace {

volatile sig_atomic_t g_stop = 0;
void onSignal(int)
{
    g_stop = 1;
}

const std::string kOk = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n"
                        "\r\n{\"status\":\"ok\"}";
const std::string kOkClose = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n"
                             "Connection: close\r\n\r\n{\"status\":\"ok\"}";
const std::string kNotFound = "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n"
                              "\r\nnot found\n";

struct Connection
{
    std::string in;
    std::string out;
    size_t skipBody = 0; // request body bytes still to skip
    bool closeAfterWrite = false;
};

bool isLoopback(const sockaddr_in &a)
{
    return (ntohl(a.sin_addr.s_addr) >> 24) == 127;
}

bool startsWithNoCase(const char *text, size_t len, const char *prefix)
{
    const size_t n = strlen(prefix);
    return len >= n && strncasecmp(text, prefix, n) == 0;
}

// Consumes whole requests from c.in, appending their answers to c.out.
void serve(Connection &c, bool showRequest, unsigned long long *requests)
{
    size_t pos = 0;
    for (;;) {
        if (c.skipBody > 0) {
            const size_t n = std::min(c.skipBody, c.in.size() - pos);
            pos += n;
            c.skipBody -= n;
            if (c.skipBody > 0)
                break;
        }
        const size_t end = c.in.find("\r\n\r\n", pos);
        if (end == std::string::npos)
            break;
        const char *head = c.in.data() + pos;
        const size_t headLen = end - pos;
        if (showRequest) {
            fprintf(stderr, "---\n%.*s\n", int(headLen), head);
        }
        ++*requests;
        bool close = false;
        bool http10 = false;
        // Request line and the headers that matter.
        const size_t lineEnd = c.in.find("\r\n", pos);
        const std::string line = c.in.substr(pos, (lineEnd < end ? lineEnd : end) - pos);
        http10 = line.size() >= 8 && line.compare(line.size() - 8, 8, "HTTP/1.0") == 0;
        size_t h = lineEnd;
        while (h != std::string::npos && h < end) {
            const size_t next = c.in.find("\r\n", h + 2);
            const char *field = c.in.data() + h + 2;
            const size_t fieldLen = (next == std::string::npos || next > end ? end : next) - (h + 2);
            if (startsWithNoCase(field, fieldLen, "connection:")) {
                const std::string v(field + 11, fieldLen - 11);
                if (v.find("close") != std::string::npos || v.find("Close") != std::string::npos)
                    close = true;
                if (v.find("keep-alive") != std::string::npos || v.find("Keep-Alive") != std::string::npos)
                    http10 = false;
            } else if (startsWithNoCase(field, fieldLen, "content-length:")) {
                c.skipBody = size_t(strtoull(std::string(field + 15, fieldLen - 15).c_str(), nullptr, 10));
            }
            h = next;
        }
        close = close || http10;
        const bool health =
            line.rfind("GET /healthz/readiness ", 0) == 0 || line.rfind("HEAD /healthz/readiness ", 0) == 0;
        if (health)
            c.out += close ? kOkClose : kOk;
        else
            c.out += kNotFound;
        pos = end + 4;
        if (close) {
            c.closeAfterWrite = true;
            pos = c.in.size();
            break;
        }
    }
    c.in.erase(0, pos);
}

} // namespace

int main(int argc, char **argv)
{
    int port = 0;
    int maxSeconds = 900;
    bool showRequest = false;
    for (int i = 1; i < argc; ++i) {
        if (!strcmp(argv[i], "--port") && i + 1 < argc)
            port = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--max-seconds") && i + 1 < argc)
            maxSeconds = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--show-request"))
            showRequest = true;
        else {
            fprintf(stderr, "usage: %s [--port P] [--max-seconds S] [--show-request]\n", argv[0]);
            return 2;
        }
    }
    // Room for a few thousand connections.
    rlimit lim{};
    if (getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur < 16384) {
        lim.rlim_cur = lim.rlim_max < 16384 ? lim.rlim_max : 16384;
        setrlimit(RLIMIT_NOFILE, &lim);
    }
    signal(SIGTERM, onSignal);
    signal(SIGINT, onSignal);
    signal(SIGPIPE, SIG_IGN);

    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons(uint16_t(port));
    if (bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || listen(listener, 4096) != 0) {
        perror("http_bench_server: bind/listen");
        return 1;
    }
    socklen_t len = sizeof addr;
    getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len);
    printf("port %d\n", ntohs(addr.sin_port));
    fflush(stdout);

    const int ep = epoll_create1(EPOLL_CLOEXEC);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = listener;
    epoll_ctl(ep, EPOLL_CTL_ADD, listener, &ev);

    std::unordered_map<int, Connection> connections;
    unsigned long long accepted = 0, requests = 0;
    const time_t deadline = time(nullptr) + maxSeconds;
    epoll_event events[256];
    char buffer[65536];

    auto closeConnection = [&](int fd) {
        epoll_ctl(ep, EPOLL_CTL_DEL, fd, nullptr);
        close(fd);
        connections.erase(fd);
    };
    auto flushOut = [&](int fd, Connection &c) -> bool { // false: closed
        while (!c.out.empty()) {
            const ssize_t n = send(fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK)
                    break;
                closeConnection(fd);
                return false;
            }
            c.out.erase(0, size_t(n));
        }
        if (c.out.empty() && c.closeAfterWrite) {
            closeConnection(fd);
            return false;
        }
        epoll_event mod{};
        mod.events = EPOLLIN | (c.out.empty() ? 0u : uint32_t(EPOLLOUT));
        mod.data.fd = fd;
        epoll_ctl(ep, EPOLL_CTL_MOD, fd, &mod);
        return true;
    };

    while (!g_stop && time(nullptr) < deadline) {
        const int n = epoll_wait(ep, events, 256, 500);
        for (int i = 0; i < n; ++i) {
            const int fd = events[i].data.fd;
            if (fd == listener) {
                for (;;) {
                    sockaddr_in peer{}, local{};
                    socklen_t pl = sizeof peer, ll = sizeof local;
                    const int c =
                        accept4(listener, reinterpret_cast<sockaddr *>(&peer), &pl, SOCK_NONBLOCK | SOCK_CLOEXEC);
                    if (c < 0)
                        break;
                    getsockname(c, reinterpret_cast<sockaddr *>(&local), &ll);
                    if (!isLoopback(peer) || !isLoopback(local)) { // loopback only
                        close(c);
                        continue;
                    }
                    setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    ++accepted;
                    connections[c];
                    epoll_event cev{};
                    cev.events = EPOLLIN;
                    cev.data.fd = c;
                    epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev);
                }
                continue;
            }
            auto it = connections.find(fd);
            if (it == connections.end())
                continue;
            Connection &c = it->second;
            if (events[i].events & EPOLLIN) {
                bool closed = false;
                for (;;) {
                    const ssize_t r = recv(fd, buffer, sizeof buffer, 0);
                    if (r > 0) {
                        c.in.append(buffer, size_t(r));
                        if (r < ssize_t(sizeof buffer))
                            break;
                        continue;
                    }
                    if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                        break;
                    closed = true; // EOF or error
                    break;
                }
                if (closed) {
                    closeConnection(fd);
                    continue;
                }
                if (c.in.size() > (1u << 20)) { // no sane probe sends this much header
                    closeConnection(fd);
                    continue;
                }
                serve(c, showRequest, &requests);
                flushOut(fd, c);
            } else if (events[i].events & (EPOLLOUT | EPOLLERR | EPOLLHUP)) {
                if (events[i].events & (EPOLLERR | EPOLLHUP)) {
                    closeConnection(fd);
                    continue;
                }
                flushOut(fd, c);
            }
        }
    }
    for (auto &entry : connections)
        close(entry.first);
    fprintf(stderr, "http_bench_server: connections %llu requests %llu\n", accepted, requests);
    return 0;
}
