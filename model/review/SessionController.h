// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/crypto/SecretBytes.h"
#include "model/profile/Profile.h"
#include "model/review/ProfileLocator.h"
#include "model/vault/PassphraseStrength.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace veil::model {

class ReviewWork;

/// The reviewer's session with one profile, as the start screen and the main
/// window see it: which screen comes first (create a profile, unlock one, or
/// the work itself), creating and unlocking (purging expired batches on the
/// way in), locking, and importing batches. Every decision is the model's;
/// the widgets only present it, so a test can drive a whole session here.
///
/// Key derivation runs on the calling thread: the vault's QtSql connection
/// belongs to the thread that opened it. Callers show they are busy first.
class SessionController : public QObject {
    Q_OBJECT

public:
    enum class Stage { CreateProfile, Unlock, Unlocked };

    /// `options` reach every profile this controller creates or opens (tests
    /// pass a fast KDF and a clock; the app keeps the moderate default).
    SessionController(ProfileLocator locator, Profile::Options options, QObject* parent = nullptr);
    ~SessionController() override;

    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] const ProfileLocator& locator() const { return m_locator; }
    /// The reviewer whose profile the unlock screen opens.
    [[nodiscard]] const QString& lockedReviewerId() const { return m_lockedReviewerId; }
    /// Set while unlocked; owned by the controller, gone after lock().
    [[nodiscard]] Profile* profile() const;
    [[nodiscard]] ReviewWork* work() const { return m_work.get(); }
    [[nodiscard]] bool isDemo() const { return m_demo; }
    /// Batches removed as expired when the session started.
    [[nodiscard]] const QStringList& purgedAtUnlock() const { return m_purged; }

    [[nodiscard]] static PassphraseStrength strength(const SecretBytes& passphrase,
                                                     const QString& reviewerId);
    /// Creates `reviewerId`'s profile trusting the organisation root in
    /// `rootKeyFile` and starts the session.
    Status createProfile(const QString& reviewerId, const QString& rootKeyFile,
                         const SecretBytes& passphrase);
    /// Creates or unlocks the demo organisation's profile (its passphrase is
    /// public, like its keys) with the demo batch imported, and starts it.
    Status startDemo();
    Status unlock(const SecretBytes& passphrase);
    /// Seconds the unlock screen must wait after wrong passphrases.
    [[nodiscard]] qint64 secondsUntilNextAttempt() const;
    /// Ends the session (audited checkpoint, keys wiped) and returns to the
    /// start screen: the same profile's unlock, or after the demo the real one.
    void lock();
    /// From the unlock screen to "create profile" (a second reviewer).
    void startNewProfile();
    /// Leaves "create profile" for the existing profile's unlock, if any.
    void cancelNewProfile();

    /// Verifies and imports a batch; returns its id or the verifier's reason.
    Result<QString> importBatch(const QString& path);

signals:
    void stageChanged(veil::model::SessionController::Stage stage);
    /// Emitted before the profile is locked: drop every pointer into it.
    void aboutToLock();
    void batchesChanged();

private:
    Status begin(std::unique_ptr<Profile> profile, bool demo);
    void showStartStage();
    void setStage(Stage stage);

    ProfileLocator m_locator;
    Profile::Options m_options;
    Stage m_stage = Stage::CreateProfile;
    QString m_lockedReviewerId;
    QString m_openError;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<ReviewWork> m_work;
    bool m_demo = false;
    QStringList m_purged;
};

}  // namespace veil::model
