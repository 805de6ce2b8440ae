// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/review/SessionController.h"

#include "model/demo/DemoOrganisation.h"
#include "model/keys/KeyFile.h"
#include "model/profile/ReviewWork.h"
#include "model/scan/DetectorFactory.h"

#include <QDir>
#include <QFileInfo>

namespace veil::model {

namespace {

/// Public on purpose, like the demo keys (resources/demo/keys/README.md): the
/// demo profile holds only synthetic data sealed to a published key, so a
/// secret passphrase would protect nothing and only stop people trying it.
constexpr char kDemoPassphrase[] = "veil demo: synthetic data, public keys, 7 lanterns";
constexpr char kDemoReviewer[] = "demo-reviewer";

}  // namespace

SessionController::SessionController(ProfileLocator locator, Profile::Options options, QObject* parent)
    : QObject(parent)
    , m_locator(std::move(locator))
    , m_options(std::move(options))
{
    showStartStage();
}

SessionController::~SessionController()
{
    if (m_profile && m_profile->isUnlocked()) {
        m_work.reset();
        m_profile->lock();
    }
}

Profile* SessionController::profile() const
{
    return m_stage == Stage::Unlocked ? m_profile.get() : nullptr;
}

PassphraseStrength SessionController::strength(const SecretBytes& passphrase, const QString& reviewerId)
{
    return PassphraseStrength::estimate(passphrase, { reviewerId, QStringLiteral("veil") });
}

Status SessionController::createProfile(const QString& reviewerId, const QString& rootKeyFile,
                                        const SecretBytes& passphrase)
{
    if (const QString problem = ProfileLocator::checkReviewerId(reviewerId); !problem.isEmpty()) {
        return fail(problem);
    }
    if (rootKeyFile.isEmpty()) {
        return fail(
            QStringLiteral("Choose your organisation's root key (a .pub file from your administrator)."));
    }
    auto root = KeyFile::readPublic(rootKeyFile);
    if (!root) {
        return fail(root.error());
    }
    Profile::Identity identity;
    identity.reviewerId = reviewerId;
    identity.trustRoots = { root.value() };
    auto created = Profile::create(m_locator.directoryFor(reviewerId), identity, passphrase, m_options);
    if (!created) {
        return fail(created.error());
    }
    return begin(std::move(created).value(), false);
}

Status SessionController::startDemo()
{
    if (m_stage == Stage::Unlocked) {
        lock();
    }
    const QString batch = DemoOrganisation::batchPath();
    if (batch.isEmpty()) {
        return fail(QStringLiteral("The demo batch is not installed with this copy of Veil."));
    }
    const QString dir = m_locator.demoDirectory();
    const SecretBytes passphrase = SecretBytes::copyOf(kDemoPassphrase);
    std::unique_ptr<Profile> demo;
    if (QFileInfo::exists(Profile::vaultPath(dir))) {
        auto opened = Profile::open(dir, m_options);
        if (!opened) {
            return fail(opened.error());
        }
        if (auto unlocked = opened.value()->unlock(passphrase); !unlocked) {
            return fail(unlocked.error());
        }
        demo = std::move(opened).value();
    } else {
        auto created
            = DemoOrganisation::createProfile(dir, QString::fromLatin1(kDemoReviewer), passphrase, m_options);
        if (!created) {
            return fail(created.error());
        }
        demo = std::move(created).value();
    }
    // Importing again is a no-op, so this also repairs a demo profile whose
    // batch expired and was purged.
    if (auto imported = demo->importBatch(batch); !imported) {
        demo->lock();
        return fail(imported.error());
    }
    return begin(std::move(demo), true);
}

Status SessionController::unlock(const SecretBytes& passphrase)
{
    if (m_stage != Stage::Unlock || !m_profile) {
        return fail(m_openError.isEmpty() ? QStringLiteral("There is no profile to unlock.") : m_openError);
    }
    if (auto unlocked = m_profile->unlock(passphrase); !unlocked) {
        if (m_profile->secondsUntilNextAttempt() > 0
            && unlocked.error().startsWith(QLatin1String("wrong passphrase"))) {
            // The start screen counts the wait down; the vault's sentence would repeat it, frozen.
            return fail(
                QStringLiteral("Wrong passphrase. Nothing was changed; each wrong attempt makes the next "
                               "wait longer."));
        }
        return unlocked;
    }
    std::unique_ptr<Profile> profile = std::move(m_profile);
    auto started = begin(std::move(profile), false);
    if (!started) {
        showStartStage();  // reopens the (locked) profile for another try
    }
    return started;
}

qint64 SessionController::secondsUntilNextAttempt() const
{
    return m_stage == Stage::Unlock && m_profile ? m_profile->secondsUntilNextAttempt() : 0;
}

Status SessionController::begin(std::unique_ptr<Profile> profile, bool demo)
{
    auto purged = profile->purgeExpired();
    if (!purged) {
        profile->lock();
        return fail(QStringLiteral("Expired batches could not be removed: %1").arg(purged.error()));
    }
    auto detector = DetectorFactory::create();
    if (!detector) {
        profile->lock();
        return fail(detector.error());
    }
    m_purged = purged.value();
    m_profile = std::move(profile);
    m_work = std::make_unique<ReviewWork>(*m_profile, detector.value());
    m_demo = demo;
    m_lockedReviewerId = m_profile->reviewerId();
    m_openError.clear();
    setStage(Stage::Unlocked);
    emit batchesChanged();
    return Done {};
}

void SessionController::lock()
{
    if (m_stage != Stage::Unlocked) {
        return;
    }
    emit aboutToLock();
    m_work.reset();
    m_profile->lock();
    m_purged.clear();
    if (m_demo) {
        m_profile.reset();
        m_demo = false;
        showStartStage();
    } else {
        setStage(Stage::Unlock);
    }
}

void SessionController::startNewProfile()
{
    if (m_stage == Stage::Unlock) {
        setStage(Stage::CreateProfile);
    }
}

void SessionController::cancelNewProfile()
{
    if (m_stage == Stage::CreateProfile && m_profile) {
        setStage(Stage::Unlock);
    }
}

void SessionController::showStartStage()
{
    m_profile.reset();
    m_openError.clear();
    const QList<ProfileLocator::Entry> profiles = m_locator.profiles();
    if (profiles.isEmpty()) {
        m_lockedReviewerId.clear();
        setStage(Stage::CreateProfile);
        return;
    }
    m_lockedReviewerId = profiles.constFirst().reviewerId;
    auto opened = Profile::open(profiles.constFirst().directory, m_options);
    if (opened) {
        m_profile = std::move(opened).value();
    } else {
        // Shown on the unlock screen instead of a crash or a silent new profile.
        m_openError = opened.error();
    }
    setStage(Stage::Unlock);
}

void SessionController::setStage(Stage stage)
{
    m_stage = stage;
    emit stageChanged(stage);
}

Result<QString> SessionController::importBatch(const QString& path)
{
    if (m_stage != Stage::Unlocked) {
        return fail(QStringLiteral("Unlock your profile to import a batch."));
    }
    auto imported = m_profile->importBatch(path);
    if (imported) {
        emit batchesChanged();
    }
    return imported;
}

}  // namespace veil::model
