#include "app/uncertaintyrunner.h"

#include <QThread>

namespace fulcrum {

UncertaintyRunner::UncertaintyRunner(QObject *parent)
    : QObject(parent)
{
}

UncertaintyRunner::~UncertaintyRunner()
{
    m_pending.reset();
    if (m_thread) {
        m_job->cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void UncertaintyRunner::request(const Scenario &scenario, const Catalog &catalog, const UncertaintyOptions &options)
{
    auto job = std::make_shared<Job>();
    job->scenario = scenario;
    job->catalog = catalog;
    job->options = options;
    job->generation = ++m_generation;
    m_pending = std::move(job);
    setRunning(true);
    if (m_thread)
        m_job->cancelled = true; // it stops at its next chunk; finishRun() starts the newest
    else
        startNext();
}

void UncertaintyRunner::cancel()
{
    m_pending.reset();
    if (m_thread)
        m_job->cancelled = true;
    setRunning(false);
}

void UncertaintyRunner::startNext()
{
    m_job = std::move(m_pending);
    m_pending.reset();
    std::shared_ptr<Job> job = m_job;
    job->options.cancel = &job->cancelled;
    m_thread = QThread::create([job] {
        job->results = computeUncertainty(job->scenario, job->catalog, job->options);
        job->computedOn = QThread::currentThread();
    });
    m_thread->setObjectName(QStringLiteral("uncertainty"));
    // finished is emitted by the worker; the connection queues the slot to this thread.
    connect(m_thread, &QThread::finished, this, &UncertaintyRunner::finishRun);
    m_thread->start(QThread::LowPriority);
}

void UncertaintyRunner::finishRun()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Job> job = std::move(m_job);
    m_job.reset();
    if (m_pending) {
        startNext();
        return;
    }
    if (job->generation != m_generation || job->cancelled)
        return;
    setRunning(false);
    emit uncertaintyComputed(job->results, job->computedOn);
}

void UncertaintyRunner::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged(running);
}

} // namespace fulcrum
