// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/supervisor/ArchiveImport.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace veil::model {

ArchiveImport::ArchiveImport(AuditArchive& archive, QObject* parent)
    : QObject(parent)
    , m_archive(archive)
{ }

ArchiveImport::~ArchiveImport()
{
    if (m_watcher != nullptr) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

bool ArchiveImport::start(const QStringList& inputs)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    // The plan (folder walk, sizes) is cheap; the workers share it read-only.
    auto plan = std::make_shared<const AuditArchive::Plan>(m_archive.plan(inputs));
    const int files = static_cast<int>(plan->files.size());
    QList<int> indices(files);
    std::iota(indices.begin(), indices.end(), 0);
    m_watcher = new QFutureWatcher<ExaminedExport>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, files](int value) { emit progress(value, files); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ArchiveImport::examined);
    emit progress(0, files);
    m_watcher->setFuture(
        QtConcurrent::mapped(std::move(indices), [plan](int index) { return plan->examine(index); }));
    return true;
}

void ArchiveImport::examined()
{
    QList<ExaminedExport> results = m_watcher->future().results();
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
    auto storing = ArchiveStore::begin(m_archive, std::move(results));
    if (!storing) {
        finish({}, storing.error());
        return;
    }
    m_store = std::move(storing).value();
    emit this->storing(0, m_store->toCheck());
    QTimer::singleShot(0, this, &ArchiveImport::storeSome);
}

void ArchiveImport::storeSome()
{
    if (auto stepped = m_store->step(kStepBudget); !stepped) {
        m_store.reset();
        finish({}, stepped.error());
        return;
    }
    emit storing(m_store->checked(), m_store->toCheck());
    if (!m_store->done()) {
        QTimer::singleShot(0, this, &ArchiveImport::storeSome);
        return;
    }
    const ImportSummary summary = m_store->summary();
    m_store.reset();
    finish(summary, {});
}

void ArchiveImport::finish(const ImportSummary& summary, const QString& error)
{
    m_running = false;
    emit finished(summary, error);
}

}  // namespace veil::model
