// Whole-process start-up: `golive --smoke` on a store against the bare one-label window,
// alternating runs, reporting median wall time, peak memory (max RSS) and their ratios.
//
//   startup_bench GOLIVE BARE_WINDOW STORE [RUNS]
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Sample
{
    double seconds = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

Sample runOnce(const std::vector<std::string> &argv)
{
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char *> args;
        for (const auto &a : argv)
            args.push_back(const_cast<char *>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Sample s;
    s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    s.maxRssKb = usage.ru_maxrss;
    s.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return s;
}

template<typename T>
T median(std::vector<T> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QTextStream out(stdout);
    if (argc < 4) {
        out << "usage: startup_bench GOLIVE BARE_WINDOW STORE [RUNS]" << Qt::endl;
        return 2;
    }
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    const int runs = argc > 4 ? atoi(argv[4]) : 20;
    const std::vector<std::string> golive = {argv[1], "--smoke", "--db", argv[3]};
    const std::vector<std::string> bare = {argv[2]};
    runOnce(golive); // warm the page cache for both
    runOnce(bare);
    std::vector<double> tGolive, tBare;
    std::vector<long> mGolive, mBare;
    for (int i = 0; i < runs; ++i) {
        const Sample g = runOnce(golive);
        const Sample b = runOnce(bare);
        if (g.exitCode != 0 || b.exitCode != 0) {
            out << "a run failed: golive exit " << g.exitCode << ", bare exit " << b.exitCode << Qt::endl;
            return 1;
        }
        tGolive.push_back(g.seconds);
        tBare.push_back(b.seconds);
        mGolive.push_back(g.maxRssKb);
        mBare.push_back(b.maxRssKb);
    }
    const double tg = median(tGolive), tb = median(tBare);
    const long mg = median(mGolive), mb = median(mBare);
    out << "runs: " << runs << " each, alternating" << Qt::endl;
    out << "golive --smoke: median " << tg * 1000 << " ms, peak RSS " << mg / 1024.0 << " MiB" << Qt::endl;
    out << "bare window:    median " << tb * 1000 << " ms, peak RSS " << mb / 1024.0 << " MiB" << Qt::endl;
    out << "ratio (golive / bare): time " << tg / tb << "x (aim <= 3x), memory " << double(mg) / mb << "x" << Qt::endl;
    return 0;
}
