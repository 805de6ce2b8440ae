// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/review/ProfileLocator.h"

#include "model/profile/Profile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace veil::model {

namespace {

constexpr int kMaxReviewerIdLength = 64;

bool isIdCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-')
        || c == QLatin1Char('@');
}

}  // namespace

ProfileLocator::ProfileLocator(QString root)
    : m_root(std::move(root))
{ }

ProfileLocator ProfileLocator::standard()
{
    const QString overridden = qEnvironmentVariable("VEIL_PROFILE_DIR");
    if (!overridden.isEmpty()) {
        return ProfileLocator(overridden);
    }
    return ProfileLocator(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          + QStringLiteral("/profiles"));
}

QList<ProfileLocator::Entry> ProfileLocator::profiles() const
{
    QList<Entry> found;
    const QDir root(m_root);
    // Hidden entries are skipped on purpose: `.demo` is not a reviewer's profile.
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString dir = root.filePath(name);
        const QFileInfo vault(Profile::vaultPath(dir));
        if (name.startsWith(QLatin1Char('.')) || !vault.exists()) {
            continue;
        }
        found.append(Entry { dir, name, vault.lastModified() });
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Entry& a, const Entry& b) { return a.lastUsed > b.lastUsed; });
    return found;
}

QString ProfileLocator::directoryFor(const QString& reviewerId) const
{
    return QDir(m_root).filePath(reviewerId);
}

QString ProfileLocator::demoDirectory() const
{
    return QDir(m_root).filePath(QStringLiteral(".demo"));
}

QString ProfileLocator::checkReviewerId(const QString& reviewerId)
{
    if (reviewerId.isEmpty()) {
        return QStringLiteral("Enter your reviewer id.");
    }
    if (reviewerId.size() > kMaxReviewerIdLength) {
        return QStringLiteral("A reviewer id has at most %1 characters.").arg(kMaxReviewerIdLength);
    }
    if (reviewerId.startsWith(QLatin1Char('.'))) {
        return QStringLiteral("A reviewer id cannot start with a dot.");
    }
    if (!std::all_of(reviewerId.cbegin(), reviewerId.cend(), isIdCharacter)) {
        return QStringLiteral("Use only letters, digits and . _ - @ in a reviewer id.");
    }
    return {};
}

}  // namespace veil::model
