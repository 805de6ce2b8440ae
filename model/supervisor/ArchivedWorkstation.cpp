// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/supervisor/ArchivedWorkstation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace veil::model {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditArchive", text);
}

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

}  // namespace

QByteArray ArchivedWorkstation::encode() const
{
    QJsonArray list;
    for (const Failure& failure : failures) {
        list.append(QJsonObject { { QStringLiteral("file"), failure.file },
                                  { QStringLiteral("reason"), failure.reason },
                                  { QStringLiteral("entry"), failure.entry },
                                  { QStringLiteral("time"), isoTime(failure.time) },
                                  { QStringLiteral("damaged"), failure.damaged } });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("workstation"), workstation },
                                       { QStringLiteral("key"), key },
                                       { QStringLiteral("reviewer"), reviewer },
                                       { QStringLiteral("role"), role },
                                       { QStringLiteral("file"), file },
                                       { QStringLiteral("entries"), entries },
                                       { QStringLiteral("head"), QString::fromLatin1(head.toHex()) },
                                       { QStringLiteral("last_entry"), isoTime(lastEntry) },
                                       { QStringLiteral("imported"), isoTime(imported) },
                                       { QStringLiteral("file_entries"), fileEntries },
                                       { QStringLiteral("failures"), list } })
        .toJson(QJsonDocument::Compact);
}

std::optional<ArchivedWorkstation> ArchivedWorkstation::decode(const QByteArray& bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    ArchivedWorkstation s;
    s.workstation = o.value(QStringLiteral("workstation")).toString();
    s.key = o.value(QStringLiteral("key")).toString();
    s.reviewer = o.value(QStringLiteral("reviewer")).toString();
    s.role = o.value(QStringLiteral("role")).toString();
    s.file = o.value(QStringLiteral("file")).toString();
    s.entries = o.value(QStringLiteral("entries")).toInteger();
    s.head = QByteArray::fromHex(o.value(QStringLiteral("head")).toString().toLatin1());
    s.lastEntry = QDateTime::fromString(o.value(QStringLiteral("last_entry")).toString(), Qt::ISODateWithMs);
    s.imported = QDateTime::fromString(o.value(QStringLiteral("imported")).toString(), Qt::ISODateWithMs);
    s.fileEntries = o.value(QStringLiteral("file_entries")).toInteger();
    for (const QJsonValue& value : o.value(QStringLiteral("failures")).toArray()) {
        const QJsonObject f = value.toObject();
        s.failures.append(
            { f.value(QStringLiteral("file")).toString(), f.value(QStringLiteral("reason")).toString(),
              f.value(QStringLiteral("entry")).toInteger(),
              QDateTime::fromString(f.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs),
              f.value(QStringLiteral("damaged")).toBool() });
    }
    if (s.workstation.isEmpty()) {
        return std::nullopt;
    }
    return s;
}

LogStatus ArchivedWorkstation::status() const
{
    LogStatus row;
    row.file = file;
    row.workstation = workstation;
    row.reviewer = reviewer;
    row.role = role;
    row.lastEntry = lastEntry;
    row.entries = entries > 0 ? entries : fileEntries;
    row.verified = entries > 0 && failures.isEmpty();
    if (!failures.isEmpty()) {
        const Failure& first = failures.constFirst();
        row.reason = first.reason;
        if (failures.size() > 1) {
            row.reason += failures.size() == 2 ? tr(" (and 1 more refused file)")
                                               : tr(" (and %1 more refused files)").arg(failures.size() - 1);
        }
        if (entries > 0) {
            row.reason += tr("; the %1 entries accepted earlier are kept").arg(entries);
        }
        row.file = first.file;
        row.entry = first.entry;
    }
    return row;
}

}  // namespace veil::model
