// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The reveal path as a reviewer drives it: chips reached by keyboard, the
// reveal dialog's live validation, an audited denial, a granted value with
// its countdown that re-masks by itself, re-masking on focus loss, the
// accessible names of chips, and a clipboard that only ever holds
// placeholders. Real widgets, offscreen, a real demo profile.
#include "model/audit/AuditLog.h"
#include "model/crypto/Sodium.h"
#include "model/demo/DemoOrganisation.h"
#include "model/review/ConversationModel.h"
#include "ui/main/ConversationPane.h"
#include "ui/main/ConversationView.h"
#include "ui/reveal/MaskedSpanText.h"
#include "ui/reveal/RevealController.h"
#include "ui/reveal/RevealDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace veil;
using model::ConversationModel;

namespace {

const char kPassphrase[] = "violet canoe drizzle 89 harbour";
const char kGoodReason[] = "The rating depends on whether the assistant repeated this number correctly.";

struct Place {
    int task = -1;
    int row = -1;
    int chip = -1;
};

}  // namespace

class TestRevealUi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QDateTime m_now;
    std::unique_ptr<model::Profile> m_profile;
    const model::BatchReader* m_batch = nullptr;
    model::RevealService* m_service = nullptr;
    std::unique_ptr<QWidget> m_window;
    QLineEdit* m_before = nullptr;
    ui::ConversationPane* m_pane = nullptr;
    ConversationModel* m_model = nullptr;

    /// The first chip of `category` in the demo batch.
    Place find(const QString& category) const
    {
        for (int task = 0; task < m_batch->taskCount(); ++task) {
            auto masked = m_batch->task(task);
            if (!masked) {
                continue;
            }
            ConversationModel model;
            model.setTask(masked.value(), task);
            for (int row = 0; row < model.rowCount(); ++row) {
                const auto chips = model.chips(row);
                for (int chip = 0; chip < chips.size(); ++chip) {
                    if (chips.at(chip).category == category) {
                        return { task, row, chip };
                    }
                }
            }
        }
        return {};
    }

    void showTask(int task) { m_model->setTask(m_batch->task(task).value(), task); }

    ui::ConversationView* view() const { return m_pane->conversationView(); }

    /// Focuses the chip and presses Enter, as a keyboard user would.
    void activateByKeyboard(const Place& place)
    {
        view()->setFocus(Qt::OtherFocusReason);
        view()->setCurrentChip(place.row, place.chip);
        QTest::keyClick(view(), Qt::Key_Return);
    }

    ui::RevealDialog* dialog() const { return m_pane->revealDialog(); }
    /// The dialog is up and has the keyboard, as it has when a reviewer types.
    bool dialogShown() const
    {
        ui::RevealDialog* shown = dialog();
        return shown != nullptr && shown->isVisible() && shown->isActiveWindow();
    }

    void type(const QString& justification)
    {
        auto* edit = dialog()->findChild<QPlainTextEdit*>(QStringLiteral("justificationEdit"));
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, justification);
    }

    QPushButton* revealButton() const
    {
        return dialog()->findChild<QPushButton*>(QStringLiteral("revealButton"));
    }
    bool revealEnabled() const
    {
        QPushButton* button = revealButton();
        return button != nullptr && button->isEnabled();
    }

    /// Opens the dialog on `place` and reveals it with a good justification.
    void reveal(const Place& place, const QString& justification = QString::fromLatin1(kGoodReason))
    {
        showTask(place.task);
        activateByKeyboard(place);
        QTRY_VERIFY(dialogShown());
        type(justification);
        QPushButton* button = revealButton();
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(m_pane->revealController()->isShowing());
    }

    QString shownValue() const
    {
        QString text;
        int seconds = 0;
        auto* controller = m_pane->revealController();
        return controller->text(controller->row(), controller->chip(), &text, &seconds) ? text : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(model::Sodium::initialise());
        QVERIFY2(!model::DemoOrganisation::batchPath().isEmpty(), "the demo batch must be built");
    }

    void init()
    {
        m_now = QDateTime::currentDateTimeUtc();
        model::Profile::Options options;
        options.kdf = { 1, 8U << 20U };  // cheap: behaviour, not cost
        options.clock = [this] { return m_now; };
        auto created = model::DemoOrganisation::createProfile(
            m_dir.filePath(QStringLiteral("p%1").arg(m_count++)), QStringLiteral("rev-ui"),
            model::SecretBytes::copyOf(kPassphrase), options);
        QVERIFY2(created, qPrintable(created.error()));
        m_profile = std::move(created).value();
        auto id = m_profile->importBatch(model::DemoOrganisation::batchPath());
        QVERIFY2(id, qPrintable(id.error()));
        m_batch = m_profile->batch(id.value()).value();
        auto service = m_profile->reveals(id.value());
        QVERIFY2(service, qPrintable(service.error()));
        m_service = service.value();

        m_window = std::make_unique<QWidget>();
        m_before = new QLineEdit(m_window.get());
        m_before->setObjectName(QStringLiteral("before"));
        m_pane = new ui::ConversationPane(m_window.get());
        auto* after = new QLineEdit(m_window.get());
        auto* layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_before);
        layout->addWidget(m_pane, 1);
        layout->addWidget(after);
        m_model = new ConversationModel(m_window.get());
        m_pane->view()->setModel(m_model);
        m_pane->setHasContent(true);
        m_pane->setRevealService(m_service);
        m_pane->revealController()->setClock([this] { return m_now; });
        m_window->resize(760, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
    }

    /// An attached image is a chip under its message, drawn from the
    /// pixelated preview. A reviewer's policy refuses images (denial shown
    /// and audited); a supervisor's grants it, the original shows in place
    /// with its countdown and re-masks by itself.
    void imageChipPreviewDeniedThenGranted()
    {
        const Place image = find(QStringLiteral("IMAGE"));
        QVERIFY2(image.task >= 0, "the demo batch has photos");
        showTask(image.task);
        const auto chip = m_model->chips(image.row).at(image.chip);
        QVERIFY(chip.image);
        QVERIFY(!chip.preview.isNull());
        // A coarse preview, never the original: a grid of flat cells.
        QSet<QRgb> colours;
        for (int y = 0; y < chip.preview.height(); y += 2) {
            for (int x = 0; x < chip.preview.width(); x += 2) {
                colours.insert(chip.preview.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() <= 400, qPrintable(QString::number(colours.size())));
        QVERIFY(chip.label.startsWith(QLatin1String("IMAGE ")));
        view()->selectAll();
        QVERIFY(view()->selectedText().contains(QStringLiteral("[%1]").arg(chip.label)));

        activateByKeyboard(image);
        QTRY_VERIFY(dialogShown());
        type(QStringLiteral("The photo may show the user's face, which the answer comments on."));
        QTest::mouseClick(revealButton(), Qt::LeftButton);
        auto* decision = dialog()->findChild<QLabel*>(QStringLiteral("decisionLabel"));
        QTRY_VERIFY(decision->isVisible());
        QVERIFY2(decision->text().contains(QLatin1String("image"), Qt::CaseInsensitive),
                 qPrintable(decision->text()));
        QVERIFY(!m_pane->revealController()->isShowing());
        dialog()->reject();

        // The same batch on a supervisor's workstation.
        model::Profile::Options options;
        options.kdf = { 1, 8U << 20U };
        options.clock = [this] { return m_now; };
        auto supervisor = model::DemoOrganisation::createProfile(
            m_dir.filePath(QStringLiteral("sup%1").arg(m_count++)), QStringLiteral("sup-ui"),
            model::SecretBytes::copyOf(kPassphrase), options, model::ReviewerRole::Supervisor);
        QVERIFY2(supervisor, qPrintable(supervisor.error()));
        auto id = supervisor.value()->importBatch(model::DemoOrganisation::batchPath());
        QVERIFY2(id, qPrintable(id.error()));
        auto service = supervisor.value()->reveals(id.value());
        QVERIFY2(service, qPrintable(service.error()));
        m_pane->setRevealService(service.value());
        showTask(image.task);
        activateByKeyboard(image);
        QTRY_VERIFY(dialogShown());
        type(QStringLiteral("Checking the reviewer's comment about what the photo shows."));
        QTest::mouseClick(revealButton(), Qt::LeftButton);
        QTRY_VERIFY(m_pane->revealController()->isShowing());
        QImage original;
        int seconds = 0;
        QVERIFY(m_pane->revealController()->image(image.row, image.chip, &original, &seconds));
        QVERIFY(!original.isNull());
        QVERIFY(original != chip.preview);
        QVERIFY(seconds > 0);
        view()->viewport()->repaint();  // draws the original with its countdown
        m_now = m_now.addSecs(seconds + 1);
        QTRY_VERIFY(!m_pane->revealController()->isShowing());
        m_pane->setRevealService(m_service);
    }

    void tabReachesEveryChipThenLeaves()
    {
        const Place phone = find(QStringLiteral("PHONE"));
        QVERIFY(phone.task >= 0);
        showTask(phone.task);
        int total = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            total += static_cast<int>(m_model->chips(row).size());
        }
        QVERIFY(total >= 1);

        m_before->setFocus();
        QTest::keyClick(m_before, Qt::Key_Tab);
        QVERIFY(view()->hasFocus());
        QVERIFY(view()->currentChipRow() >= 0);
        QCOMPARE(view()->currentChip(), 0);
        for (int i = 1; i < total; ++i) {
            QTest::keyClick(view(), Qt::Key_Tab);
            QVERIFY(view()->hasFocus());
        }
        // After the last chip, Tab leaves the conversation.
        QTest::keyClick(view(), Qt::Key_Tab);
        QVERIFY(!view()->hasFocus());
        // Shift+Tab comes back to the last chip.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QVERIFY(view()->hasFocus());
        QCOMPARE(view()->currentChip(), view()->chipCount(view()->currentChipRow()) - 1);

        // F8 jumps to the next masked span from anywhere in the window, wrapping.
        m_before->setFocus();
        QTest::keyClick(m_before, Qt::Key_F8);
        QVERIFY(view()->hasFocus());
        QVERIFY(view()->currentChipRow() >= 0);
    }

    void chipsHaveAccessibleNamesAndPressAction()
    {
        const Place phone = find(QStringLiteral("PHONE"));
        showTask(phone.task);
        QAccessibleInterface* conversation = QAccessible::queryAccessibleInterface(view());
        QVERIFY(conversation);
        QCOMPARE(conversation->role(), QAccessible::List);
        QStringList names;
        QAccessibleInterface* phoneChip = nullptr;
        const auto chip = m_model->chips(phone.row).at(phone.chip);
        for (int i = 0; i < conversation->childCount(); ++i) {
            QAccessibleInterface* child = conversation->child(i);
            QVERIFY(child && child->isValid());
            if (child->role() == QAccessible::Button) {
                names << child->text(QAccessible::Name);
                QVERIFY(!child->text(QAccessible::Description).isEmpty());
                QVERIFY(child->state().focusable);
                if (child->text(QAccessible::Name) == ui::MaskedSpanText::accessibleName(chip)) {
                    phoneChip = child;
                }
            } else {
                QCOMPARE(child->role(), QAccessible::ListItem);
                QVERIFY(child->text(QAccessible::Name).contains(QLatin1String(" said: ")));
            }
        }
        QVERIFY2(names.contains(QStringLiteral("masked phone number, %1").arg(chip.label)),
                 qPrintable(names.join(", ")));
        QVERIFY(phoneChip);
        QCOMPARE(conversation->indexOfChild(phoneChip),
                 conversation->indexOfChild(phoneChip));  // stable

        // Keyboard focus on a chip is what assistive technology reports.
        view()->setFocus();
        view()->setCurrentChip(phone.row, phone.chip);
        QAccessibleInterface* focused = conversation->focusChild();
        QVERIFY(focused);
        QCOMPARE(focused->text(QAccessible::Name), ui::MaskedSpanText::accessibleName(chip));
        QVERIFY(focused->state().focused);
        QVERIFY(focused->rect().isValid());

        // The tooltip text says why it is masked.
        QVERIFY(ui::MaskedSpanText::whyMasked(chip).contains(chip.label));

        // "Press" asks to reveal, as Enter does.
        QAccessibleActionInterface* action = phoneChip->actionInterface();
        QVERIFY(action);
        action->doAction(QAccessibleActionInterface::pressAction());
        QTRY_VERIFY(dialogShown());
    }

    void withoutServiceChipExplainsUnlock()
    {
        m_pane->setRevealService(nullptr);
        const Place phone = find(QStringLiteral("PHONE"));
        showTask(phone.task);
        activateByKeyboard(phone);
        QVERIFY(dialog() == nullptr);
        QVERIFY(m_pane->notice()->isVisible());
        QVERIFY(m_pane->notice()->text().contains(QLatin1String("unlocked profile")));
    }

    void mashedJustificationKeepsRevealDisabledAndSaysWhy()
    {
        const Place phone = find(QStringLiteral("PHONE"));
        showTask(phone.task);
        activateByKeyboard(phone);
        QTRY_VERIFY(dialogShown());
        auto* feedback = dialog()->findChild<QLabel*>(QStringLiteral("justificationFeedback"));
        QVERIFY(feedback);
        QVERIFY(!revealEnabled());
        QVERIFY(feedback->text().contains(QLatin1String("20 more characters")));

        type(QStringLiteral("short"));
        QVERIFY(!revealEnabled());
        QVERIFY2(feedback->text().contains(QLatin1String("15 more characters")),
                 qPrintable(feedback->text()));

        type(QStringLiteral("asdfghjkl qwertyuiop asdfghjkl"));
        QVERIFY(!revealEnabled());
        QVERIFY2(feedback->text().startsWith(QLatin1String("Not accepted yet:")),
                 qPrintable(feedback->text()));

        type(QString::fromLatin1(kGoodReason));
        QVERIFY(revealEnabled());
        QVERIFY(feedback->text().contains(QLatin1String("accepted")));

        auto* quota = dialog()->findChild<QLabel*>(QStringLiteral("quotaLabel"));
        QVERIFY(quota);
        QVERIFY(quota->text().contains(QLatin1String("3 of 3 for this task")));
        auto* reasons = dialog()->findChild<QComboBox*>(QStringLiteral("reasonCombo"));
        QVERIFY(reasons);
        QCOMPARE(reasons->count(), m_service->policy().reasonCodes().size());
        QCOMPARE(dialog()->findChild<QLabel*>(QStringLiteral("policyText"))->text(),
                 m_service->policy().text());
    }

    void deniedRevealShowsTheReasonAndIsAudited()
    {
        // Reviewers may not reveal card numbers under the demo policy.
        Place card = find(QStringLiteral("CREDIT_CARD"));
        if (card.task < 0) {
            card = find(QStringLiteral("IBAN"));
        }
        QVERIFY2(card.task >= 0, "the demo batch holds a category reviewers may not reveal");
        showTask(card.task);
        activateByKeyboard(card);
        QTRY_VERIFY(dialogShown());
        type(QString::fromLatin1(kGoodReason));
        QTest::mouseClick(revealButton(), Qt::LeftButton);
        auto* decision = dialog()->findChild<QLabel*>(QStringLiteral("decisionLabel"));
        QVERIFY(decision);
        QTRY_VERIFY(decision->isVisible());
        QVERIFY2(decision->text().startsWith(QLatin1String("Denied")), qPrintable(decision->text()));
        QVERIFY(!m_pane->revealController()->isShowing());
        const auto entries = m_profile->audit()->entries().value();
        QCOMPARE(entries.last().record.event, model::AuditEvent::RevealDenied);
        QCOMPARE(entries.last().record.decision, decision->text());
    }

    void grantedRevealShowsValueWithCountdownThenRemasks()
    {
        const Place phone = find(QStringLiteral("PHONE"));
        reveal(phone);
        QTRY_VERIFY(dialog() == nullptr);
        auto* controller = m_pane->revealController();
        QCOMPARE(controller->row(), phone.row);
        QCOMPARE(controller->chip(), phone.chip);
        const QString value = shownValue();
        QVERIFY(!value.isEmpty());
        QVERIFY(!value.contains(m_model->chips(phone.row).at(phone.chip).label));
        const int seconds = m_service->policy().displaySeconds();
        QCOMPARE(controller->secondsLeft(), seconds);
        QVERIFY(m_pane->notice()->isVisible());
        QVERIFY2(m_pane->notice()->text().contains(QStringLiteral("%1 more seconds").arg(seconds)),
                 qPrintable(m_pane->notice()->text()));
        QCOMPARE(m_profile->audit()->entries().value().last().record.event, model::AuditEvent::RevealGranted);

        // The countdown moves with the clock.
        m_now = m_now.addSecs(3);
        QTRY_VERIFY(m_pane->notice()->text().contains(QStringLiteral("%1 more seconds").arg(seconds - 3)));
        QVERIFY(controller->isShowing());

        // Past the display time it re-masks by itself.
        m_now = m_now.addSecs(seconds);
        QTRY_VERIFY(!controller->isShowing());
        QVERIFY(shownValue().isEmpty());
        QVERIFY(!m_pane->notice()->isVisible());
    }

    void remasksWhenTheWindowLosesFocus()
    {
        reveal(find(QStringLiteral("PHONE")));
        QEvent deactivate(QEvent::WindowDeactivate);
        QApplication::sendEvent(m_window.get(), &deactivate);
        QVERIFY(!m_pane->revealController()->isShowing());

        reveal(find(QStringLiteral("PHONE")),
               QStringLiteral("Checking that the masked number in this reply is really a phone number."));
        QTest::keyClick(view(), Qt::Key_Escape);
        QVERIFY(!m_pane->revealController()->isShowing());
    }

    void copyingTheConversationPutsOnlyPlaceholdersOnTheClipboard()
    {
        const Place phone = find(QStringLiteral("PHONE"));
        reveal(phone);
        const QString value = shownValue();
        QVERIFY(!value.isEmpty());

        view()->setFocus();
        QTest::keySequence(view(), QKeySequence::SelectAll);
        QCOMPARE(view()->selectionModel()->selectedRows().size(), m_model->rowCount());
        QTest::keySequence(view(), QKeySequence::Copy);
        QVERIFY(m_pane->revealController()->isShowing());

        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->formats(), QStringList { QStringLiteral("text/plain") });
        const QString copied = QGuiApplication::clipboard()->text();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            for (const auto& chip : m_model->chips(row)) {
                QVERIFY2(copied.contains(chip.label), qPrintable(chip.label));
            }
        }
        QVERIFY(!copied.contains(value));
        QVERIFY(!copied.isEmpty());
    }

    /// Writes docs/screenshots/reveal-dialog.png and revealed-chip.png when
    /// VEIL_SCREENSHOT_DIR names a directory.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("VEIL_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            QSKIP("set VEIL_SCREENSHOT_DIR to write the screenshots");
        }
        const Place phone = find(QStringLiteral("PHONE"));
        showTask(phone.task);
        activateByKeyboard(phone);
        QTRY_VERIFY(dialogShown());
        type(QString::fromLatin1(kGoodReason));
        QTest::qWait(50);
        QVERIFY(dialog()->grab().save(dir + QStringLiteral("/reveal-dialog.png")));
        QTest::mouseClick(revealButton(), Qt::LeftButton);
        QTRY_VERIFY(m_pane->revealController()->isShowing());
        m_now = m_now.addSecs(2);
        QTRY_VERIFY(m_pane->notice()->text().contains(QLatin1String("6 more seconds")));
        view()->scrollTo(m_model->index(phone.row, 0), QAbstractItemView::PositionAtCenter);
        QTest::qWait(50);
        QVERIFY(m_pane->grab().save(dir + QStringLiteral("/revealed-chip.png")));
    }
};

QTEST_MAIN(TestRevealUi)
#include "tst_reveal_ui.moc"
