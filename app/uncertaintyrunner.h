#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QObject>
#include <QThread>

#include "models/catalog.h"
#include "models/scenario.h"
#include "models/uncertainty.h"

namespace fulcrum {

/// Runs computeUncertainty() off the UI thread, one run at a time. Each request() gets a
/// newer generation and cancels the run in flight (the engine stops at its next chunk); only
/// the newest request's results are delivered, on the runner's (the UI) thread. A request
/// made while a run is still stopping waits for it and then runs: at most one run and one
/// waiting request exist at any time.
class UncertaintyRunner : public QObject
{
    Q_OBJECT

public:
    explicit UncertaintyRunner(QObject *parent = nullptr);
    /// Cancels the run in flight and waits for it to stop.
    ~UncertaintyRunner() override;

    /// Computes scenario's uncertainty in a worker thread; older requests are dropped.
    void request(const Scenario &scenario, const Catalog &catalog, const UncertaintyOptions &options);
    /// Drops the run in flight and any waiting request (their results are never delivered).
    void cancel();
    /// True from a request until its results are delivered or it is cancelled.
    bool isRunning() const { return m_running; }
    /// The newest request's number (1 for the first).
    quint64 generation() const { return m_generation; }

signals:
    /// The newest request's results (nullopt when its scenario was invalid). computedOn is
    /// the thread that ran it (never the UI thread).
    void uncertaintyComputed(const std::optional<UncertaintyResults> &results, QThread *computedOn);
    void runningChanged(bool running);

private:
    struct Job
    {
        Scenario scenario;
        Catalog catalog;
        UncertaintyOptions options;
        quint64 generation = 0;
        std::atomic<bool> cancelled {false};
        std::optional<UncertaintyResults> results;
        QThread *computedOn = nullptr;
    };

    void startNext();
    void finishRun();
    void setRunning(bool running);

    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;     ///< the run in flight
    std::shared_ptr<Job> m_pending; ///< the newest request, while an older run stops
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace fulcrum
