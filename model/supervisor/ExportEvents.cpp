// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// docs/formats.md, ".veilaudit" (canonical entries). A million entries are
// read at every import: the event name is found without parsing, only the
// entries the console shows are parsed (simdjson), and the few distinct
// values of the short fields are shared rather than allocated per event.
#include "model/supervisor/ExportEvents.h"

#include "model/audit/AuditExport.h"

#include <simdjson.h>

#include <array>
#include <string>
#include <string_view>

namespace veil::model {

namespace {

/// The event name of canonical entry bytes, without parsing them: keys are
/// sorted and "event" follows only short string fields, so the first
/// `"event":"` is the key (a quote inside a string value is escaped).
QByteArrayView eventName(QByteArrayView canonical)
{
    static constexpr QByteArrayView kKey("\"event\":\"");
    const qsizetype at = canonical.indexOf(kKey);
    if (at < 0) {
        return {};
    }
    const qsizetype start = at + kKey.size();
    const qsizetype end = canonical.indexOf('"', start);
    return end < 0 ? QByteArrayView() : canonical.sliced(start, end - start);
}

/// The values one field took in this export, so that an export's thousands
/// of events share one QString per reviewer, category, reason code… (a
/// bounded list: a field with many values just allocates).
class RecentValues {
public:
    QString get(std::string_view bytes)
    {
        for (const Value& value : m_values) {
            if (value.bytes == bytes) {
                return value.text;
            }
        }
        QString text = QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
        m_values[m_next] = { std::string(bytes), text };
        m_next = (m_next + 1) % m_values.size();
        return text;
    }

private:
    struct Value {
        std::string bytes;
        QString text;
    };
    std::array<Value, 16> m_values;
    std::size_t m_next = 0;
};

struct SharedFields {
    RecentValues reviewer;
    RecentValues batch;
    RecentValues category;
    RecentValues reasonCode;
    RecentValues decision;
};

std::string_view field(simdjson::dom::object& object, const char* key)
{
    std::string_view value;
    if (object[key].get_string().get(value) != simdjson::SUCCESS) {
        return {};
    }
    return value;
}

QString text(simdjson::dom::object& object, const char* key)
{
    const std::string_view value = field(object, key);
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

int digits(std::string_view text, std::size_t at, std::size_t count)
{
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') {
            return -1;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

/// A canonical entry time ("2026-11-01T08:00:00.000Z", the only form
/// AuditChain::canonical writes) without QDateTime::fromString, which cost
/// a third of reading an export's events; anything else goes through it.
QDateTime entryTime(std::string_view text)
{
    if (text.size() == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':'
        && text[16] == ':' && text[19] == '.' && text[23] == 'Z') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2), digits(text, 20, 3));
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())),
                                 Qt::ISODateWithMs);
}

/// Parses one entry's canonical bytes. False when they are not a JSON
/// object with a sequence number and a time.
bool parseEntry(const QByteArray& canonical, SharedFields& shared, RevealEvent& event)
{
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    simdjson::dom::object object;
    if (parser.parse(canonical.constData(), static_cast<std::size_t>(canonical.size()), true).get(root)
            != simdjson::SUCCESS
        || root.get_object().get(object) != simdjson::SUCCESS) {
        return false;
    }
    int64_t sequence = 0;
    int64_t span = -1;
    if (object["seq"].get_int64().get(sequence) != simdjson::SUCCESS) {
        return false;
    }
    if (object["span"].get_int64().get(span) != simdjson::SUCCESS) {
        span = -1;
    }
    event.sequence = sequence;
    event.span = static_cast<int>(span);
    event.time = entryTime(field(object, "time"));
    event.reviewer = shared.reviewer.get(field(object, "actor"));
    event.batch = shared.batch.get(field(object, "batch"));
    event.task = text(object, "task");
    event.category = shared.category.get(field(object, "category"));
    event.reasonCode = shared.reasonCode.get(field(object, "reason_code"));
    event.justification = text(object, "justification");
    event.decision = shared.decision.get(field(object, "decision"));
    return event.time.isValid();
}

}  // namespace

ExportEvents ExportEvents::of(const AuditExport& log)
{
    ExportEvents result;
    SharedFields shared;
    for (const AuditEntry& stored : log.entries) {
        const QByteArrayView name = eventName(stored.canonical);
        const bool granted = name == "reveal_granted";
        const bool reveal = granted || name == "reveal_denied";
        const bool submittedEntry = name == "result_submitted";
        const bool last = &stored == &log.entries.constLast();
        if (!reveal && !submittedEntry && !last) {
            continue;  // nothing the console shows
        }
        RevealEvent event;
        if (!parseEntry(stored.canonical, shared, event)) {
            result = {};
            result.failure = QStringLiteral("entry %1 is not a valid audit entry").arg(stored.sequence);
            result.failedEntry = stored.sequence;
            return result;
        }
        if (last) {
            result.lastEntry = event.time;
        }
        if (submittedEntry) {
            result.submitted.insert(log.workstationId + QLatin1Char('/') + event.batch + QLatin1Char('/')
                                    + event.task);
        }
        if (reveal) {
            event.workstation = log.workstationId;
            event.granted = granted;
            result.events.append(std::move(event));
        }
    }
    return result;
}

}  // namespace veil::model
