// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/audit/AuditLog.h"

#include "model/crypto/Sodium.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace veil::model {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("veil-audit-%1").arg(counter.fetchAndAddRelaxed(1));
}

QDateTime wholeMilliseconds(QDateTime time)
{
    time = time.toUTC();
    return QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
}

}  // namespace

Result<std::unique_ptr<AuditLog>> AuditLog::open(const QString& path, const QString& workstationId,
                                                 SecretBytes storageKey, Clock clock)
{
    if (storageKey.size() != Sodium::kAeadKeyBytes) {
        return fail(QStringLiteral("audit log %1: the storage key must be 32 bytes").arg(path));
    }
    std::unique_ptr<AuditLog> log(new AuditLog);
    log->m_connection = nextConnectionName();
    log->m_path = path;
    log->m_workstationId = workstationId;
    log->m_storageKey = std::move(storageKey);
    log->m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
    log->m_head = AuditChain::genesisHash(workstationId);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), log->m_connection);
    db.setDatabaseName(path);
    // Wait up to two seconds for a database another process holds locked,
    // then refuse (and so refuse the reveal) rather than hang the reviewer.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open()) {
        return fail(QStringLiteral("audit log %1: cannot open: %2").arg(path, db.lastError().text()));
    }
    auto schema = log->createSchema();
    if (!schema) {
        return fail(schema.error());
    }
    // Re-verify the stored chain: a damaged log is refused, not extended.
    auto stored = log->readEntries();
    if (!stored) {
        return fail(stored.error());
    }
    QByteArray previous = log->m_head;
    for (const AuditEntry& entry : stored.value()) {
        if (entry.sequence != log->m_size + 1
            || !Sodium::equalConstantTime(AuditChain::chainHash(previous, entry.canonical), entry.hash)) {
            return fail(
                QStringLiteral("audit log %1 is damaged at entry %2; it was not changed. Keep the file "
                               "for your supervisor.")
                    .arg(path)
                    .arg(log->m_size + 1));
        }
        previous = entry.hash;
        ++log->m_size;
    }
    log->m_head = previous;
    log->m_entries = std::move(stored).value();
    return log;
}

AuditLog::~AuditLog()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Status AuditLog::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        // The audit commit must reach the disk before anything is revealed.
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS audit_entries (seq INTEGER PRIMARY KEY, sealed BLOB NOT NULL, "
            "hash BLOB NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS audit_checkpoints (seq INTEGER NOT NULL, head BLOB NOT NULL, "
            "time TEXT NOT NULL, signature BLOB NOT NULL)"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_entries_no_update BEFORE UPDATE ON audit_entries "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_entries_no_delete BEFORE DELETE ON audit_entries "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    };
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            return fail(QStringLiteral("audit log %1: cannot prepare the database: %2")
                            .arg(m_path, query.lastError().text()));
        }
    }
    return Done {};
}

QByteArray AuditLog::associatedData(qint64 sequence) const
{
    return "veil-audit/v1\n" + m_workstationId.toUtf8() + '\n' + QByteArray::number(sequence);
}

Result<AuditEntry> AuditLog::append(const AuditRecord& record)
{
    AuditEntry entry;
    entry.sequence = m_size + 1;
    entry.time = wholeMilliseconds(m_clock());
    entry.workstationId = m_workstationId;
    entry.record = record;
    entry.canonical = AuditChain::canonical(entry);
    entry.hash = AuditChain::chainHash(m_head, entry.canonical);
    const QByteArray sealed = Sodium::aeadSeal(entry.canonical, associatedData(entry.sequence), m_storageKey);

    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const auto refuse = [this, &db](const QString& why) {
        db.rollback();
        return fail(QStringLiteral("the audit log could not be written (%1: %2), so nothing was revealed")
                        .arg(m_path, why));
    };
    if (!db.transaction()) {
        return refuse(db.lastError().text());
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO audit_entries (seq, sealed, hash) VALUES (?, ?, ?)"));
    insert.addBindValue(entry.sequence);
    insert.addBindValue(sealed);
    insert.addBindValue(entry.hash);
    if (!insert.exec()) {
        return refuse(insert.lastError().text());
    }
    if (!db.commit()) {
        return refuse(db.lastError().text());
    }
    m_size = entry.sequence;
    m_head = entry.hash;
    m_entries.append(entry);
    return entry;
}

Result<AuditCheckpoint> AuditLog::checkpoint(const SecretKey& workstation)
{
    const AuditCheckpoint checkpoint = AuditChain::signCheckpoint(m_workstationId, m_size, m_head,
                                                                  wholeMilliseconds(m_clock()), workstation);
    QSqlQuery insert(QSqlDatabase::database(m_connection));
    insert.prepare(
        QStringLiteral("INSERT INTO audit_checkpoints (seq, head, time, signature) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(checkpoint.sequence);
    insert.addBindValue(checkpoint.headHash);
    insert.addBindValue(checkpoint.time.toString(Qt::ISODateWithMs));
    insert.addBindValue(checkpoint.signature);
    if (!insert.exec()) {
        return fail(QStringLiteral("audit log %1: cannot store the checkpoint: %2")
                        .arg(m_path, insert.lastError().text()));
    }
    return checkpoint;
}

Result<QList<AuditEntry>> AuditLog::entries() const
{
    return m_entries;
}

Result<QList<AuditEntry>> AuditLog::readEntries() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(QStringLiteral("SELECT seq, sealed, hash FROM audit_entries ORDER BY seq"))) {
        return fail(QStringLiteral("audit log %1: cannot read: %2").arg(m_path, query.lastError().text()));
    }
    QList<AuditEntry> result;
    while (query.next()) {
        const qint64 sequence = query.value(0).toLongLong();
        auto canonical
            = Sodium::aeadOpen(query.value(1).toByteArray(), associatedData(sequence), m_storageKey);
        if (!canonical) {
            return fail(QStringLiteral("audit log %1 is damaged at entry %2 (it does not decrypt)")
                            .arg(m_path)
                            .arg(sequence));
        }
        auto entry = AuditChain::parseCanonical(*canonical);
        if (!entry) {
            return fail(QStringLiteral("audit log %1 is damaged at entry %2: %3")
                            .arg(m_path)
                            .arg(sequence)
                            .arg(entry.error()));
        }
        entry.value().sequence = sequence;
        entry.value().hash = query.value(2).toByteArray();
        result.append(std::move(entry).value());
    }
    return result;
}

Result<QList<AuditCheckpoint>> AuditLog::checkpoints() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(
            QStringLiteral("SELECT seq, head, time, signature FROM audit_checkpoints ORDER BY rowid"))) {
        return fail(QStringLiteral("audit log %1: cannot read checkpoints: %2")
                        .arg(m_path, query.lastError().text()));
    }
    QList<AuditCheckpoint> result;
    while (query.next()) {
        result.append({ query.value(0).toLongLong(), query.value(1).toByteArray(),
                        QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs),
                        query.value(3).toByteArray() });
    }
    return result;
}

}  // namespace veil::model
