// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Issue 6, acceptance 5: every interactive element is reachable by Tab, and
// chips and buttons have accessible names, checked through QAccessible on
// the real widgets offscreen: the start screen's create-profile and unlock
// pages, the demo workspace with a task open (every chip of the conversation
// included), the reveal dialog and the settings dialog.
//
// The walk starts at a widget, presses Tab on whatever has focus until focus
// comes back to where it started, and records every stop. A widget counts as
// interactive when a user operates it (buttons, line and text edits, combo
// and spin boxes, check and radio buttons, item views); it must be reached
// when it is visible and enabled (an exclusive radio group is one stop whose
// other buttons the arrow keys reach, as on every desktop), and every stop
// must have a name a screen reader can say.

#include "model/crypto/Sodium.h"
#include "model/demo/DemoOrganisation.h"
#include "model/profile/Profile.h"
#include "model/review/SessionController.h"
#include "ui/main/ConversationPane.h"
#include "ui/main/ConversationView.h"
#include "ui/main/MainWindow.h"
#include "ui/reveal/RevealDialog.h"
#include "ui/settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <memory>
#include <set>
#include <utility>

using veil::model::SessionController;
using veil::ui::ConversationView;
using veil::ui::MainWindow;

namespace {

const QString kPassphrase = QStringLiteral("orbit velvet canyon drizzle 42");
const QString kGoodReason
    = QStringLiteral("The rating depends on whether the assistant repeated this number correctly.");

/// More stops than any screen here has (the demo conversation's chips included).
constexpr int kMaxStops = 2000;

QString demoRootKey()
{
    return QStringLiteral(VEIL_SOURCE_DIR "/resources/demo/keys/root.pub");
}

/// A widget a user operates. The line edit inside a combo or spin box is
/// part of its box, and the header of a list or tree part of its view: the
/// box or the view is the stop, and names them.
bool isInteractive(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    if (qobject_cast<const QLineEdit*>(widget) != nullptr) {
        return qobject_cast<const QComboBox*>(parent) == nullptr
            && qobject_cast<const QAbstractSpinBox*>(parent) == nullptr;
    }
    if (qobject_cast<const QHeaderView*>(widget) != nullptr) {
        return qobject_cast<const QAbstractItemView*>(parent) == nullptr;
    }
    return qobject_cast<const QAbstractButton*>(widget) != nullptr
        || qobject_cast<const QTextEdit*>(widget) != nullptr
        || qobject_cast<const QPlainTextEdit*>(widget) != nullptr
        || qobject_cast<const QComboBox*>(widget) != nullptr
        || qobject_cast<const QAbstractSpinBox*>(widget) != nullptr
        || qobject_cast<const QAbstractItemView*>(widget) != nullptr;
}

/// The interactive widgets of `window` a user sees now.
QList<QWidget*> visibleInteractive(QWidget* window)
{
    QList<QWidget*> result;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->window() == window && widget->isVisible() && isInteractive(widget)) {
            result.append(widget);
        }
    }
    return result;
}

QString describe(const QWidget* widget)
{
    QString text;
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
        text = button->text();
    }
    return QStringLiteral("%1 \"%2\" %3")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text)
        .trimmed();
}

QString accessibleName(QObject* object)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface != nullptr ? iface->text(QAccessible::Name) : QString();
}

/// A button's text as it reads: no mnemonic marker, no trailing ellipsis.
QString spokenText(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…"))) {
        text.chop(1);
    } else if (text.endsWith(QLatin1String("..."))) {
        text.chop(3);
    }
    return text.trimmed();
}

/// Where Tab went, starting at one widget and going round once.
struct Walk {
    QList<QWidget*> stops;
    /// The (row, chip) pairs that had focus while the conversation view did.
    std::set<std::pair<int, int>> chips;
    QStringList problems;
};

Walk walkTabChain(QWidget* start)
{
    Walk walk;
    start->setFocus(Qt::OtherFocusReason);
    if (QApplication::focusWidget() != start) {
        walk.problems << QStringLiteral("cannot start at %1: it does not take focus").arg(describe(start));
        return walk;
    }
    auto chipOf = [](QWidget* widget) {
        auto* view = qobject_cast<ConversationView*>(widget);
        return view != nullptr ? std::pair(view->currentChipRow(), view->currentChip()) : std::pair(-1, -1);
    };
    const auto startChip = chipOf(start);
    QWidget* previous = start;
    auto previousChip = startChip;
    for (int i = 0; i < kMaxStops; ++i) {
        QTest::keyClick(previous, Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        if (focus == nullptr) {
            walk.problems << QStringLiteral("Tab from %1 left no widget with focus").arg(describe(previous));
            return walk;
        }
        const auto chip = chipOf(focus);
        if (focus == start && chip == startChip) {
            return walk;  // round once
        }
        if (focus == previous && chip == previousChip) {
            walk.problems << QStringLiteral("Tab is trapped in %1").arg(describe(focus));
            return walk;
        }
        walk.stops.append(focus);
        if (chip.first >= 0) {
            walk.chips.insert(chip);
        }
        previous = focus;
        previousChip = chip;
    }
    walk.problems
        << QStringLiteral("Tab did not come back to %1 in %2 stops").arg(describe(start)).arg(kMaxStops);
    return walk;
}

/// The buttons of an exclusive radio group are one Tab stop, as on every
/// desktop and in WAI-ARIA: Tab reaches the group (its checked button, else
/// the first) and the arrow keys move to, and choose, the others. The radio
/// buttons reached from `stop` by arrow keys, `stop` included.
QList<QWidget*> reachedByArrows(QWidget* stop)
{
    const auto* radio = qobject_cast<QRadioButton*>(stop);
    if (radio == nullptr || (radio->group() == nullptr && !radio->autoExclusive())) {
        return {};
    }
    QList<QWidget*> reached { stop };
    for (qsizetype i = 0; i < reached.size(); ++i) {
        for (const Qt::Key key : { Qt::Key_Right, Qt::Key_Down, Qt::Key_Left, Qt::Key_Up }) {
            reached.at(i)->setFocus(Qt::OtherFocusReason);
            QTest::keyClick(reached.at(i), key);
            auto* focus = qobject_cast<QRadioButton*>(QApplication::focusWidget());
            if (focus != nullptr && focus->group() == radio->group() && !reached.contains(focus)) {
                reached.append(focus);
            }
        }
    }
    return reached;
}

/// Everything wrong with `window`'s keyboard and screen-reader access: a
/// visible, enabled interactive widget Tab never reaches, a stop or an
/// interactive widget without an accessible name, a button whose name does
/// not say its text, a chip Tab skips or that has no name.
QStringList accessibilityProblems(QWidget* window, QWidget* start, QList<QWidget*>* order = nullptr)
{
    const Walk walk = walkTabChain(start);
    QStringList problems = walk.problems;
    QList<QWidget*> reached = walk.stops;
    reached.append(start);
    if (order != nullptr) {
        *order = reached;
    }
    QList<QWidget*> inGroups;
    for (QWidget* stop : std::as_const(reached)) {
        inGroups.append(reachedByArrows(stop));
    }
    for (QWidget* widget : visibleInteractive(window)) {
        if (widget->isEnabled() && !reached.contains(widget) && !inGroups.contains(widget)) {
            problems << QStringLiteral("not reached by Tab: %1").arg(describe(widget));
        }
    }
    QList<QWidget*> named = visibleInteractive(window);
    for (QWidget* stop : std::as_const(reached)) {
        if (!named.contains(stop)) {
            named.append(stop);
        }
    }
    for (QWidget* widget : std::as_const(named)) {
        const QString name = accessibleName(widget);
        if (name.trimmed().isEmpty()) {
            problems << QStringLiteral("no accessible name: %1").arg(describe(widget));
            continue;
        }
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            // Label in name: what a speech-input user reads on the button is
            // what they say to press it.
            const QString text = spokenText(button->text());
            const bool matches = button->accessibleName().isEmpty()
                ? spokenText(name) == text
                : name.contains(text, Qt::CaseInsensitive);
            if (!text.isEmpty() && !matches) {
                problems << QStringLiteral("accessible name \"%1\" does not say the text of %2")
                                .arg(name, describe(widget));
            }
        }
    }
    for (QWidget* widget : std::as_const(reached)) {
        auto* view = qobject_cast<ConversationView*>(widget);
        if (view == nullptr || view->model() == nullptr) {
            continue;
        }
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            for (int chip = 0; chip < view->chipCount(row); ++chip) {
                if (walk.chips.count({ row, chip }) == 0) {
                    problems << QStringLiteral("chip %1 of message %2 not reached by Tab").arg(chip).arg(row);
                }
            }
        }
        QAccessibleInterface* list = QAccessible::queryAccessibleInterface(view);
        int chips = 0;
        for (int i = 0; i < list->childCount(); ++i) {
            QAccessibleInterface* child = list->child(i);
            if (child == nullptr || child->text(QAccessible::Name).trimmed().isEmpty()) {
                problems << QStringLiteral("conversation item %1 has no accessible name").arg(i);
            } else if (child->role() == QAccessible::Button) {
                ++chips;
            }
        }
        if (chips == 0) {
            problems << QStringLiteral("the conversation has no accessible chips");
        }
    }
    return problems;
}

/// A session in a temporary profile root with the fast KDF, and its window.
struct Workstation {
    QTemporaryDir root;
    std::unique_ptr<SessionController> session;
    std::unique_ptr<MainWindow> window;

    static veil::model::Profile::Options options()
    {
        veil::model::Profile::Options options;
        options.kdf = veil::model::KdfLimits { 1, 8 << 20 };
        return options;
    }
    void start()
    {
        session = std::make_unique<SessionController>(veil::model::ProfileLocator(root.path()), options());
        window = std::make_unique<MainWindow>(session.get());
        window->show();
    }
    ~Workstation() { window.reset(); }
    template<typename T> T* find(const QString& name) const { return window->findChild<T*>(name); }
    [[nodiscard]] bool active() const
    {
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }
    [[nodiscard]] QString page() const
    {
        return find<QStackedWidget>(QStringLiteral("windowPages"))->currentWidget()->objectName();
    }
    [[nodiscard]] ConversationView* view() const { return window->conversationPane()->conversationView(); }
    /// The demo organisation, unlocked, with its first task open.
    bool openDemoTask()
    {
        QTest::mouseClick(find<QPushButton>(QStringLiteral("demoButton")), Qt::LeftButton);
        return QTest::qWaitFor([this] { return page() == QLatin1String("workspace"); })
            && QTest::qWaitFor([this] { return view()->model()->rowCount() > 0; });
    }
};

}  // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(veil::model::Sodium::initialise());
        QVERIFY2(!veil::model::DemoOrganisation::batchPath().isEmpty(), "the demo batch must be built");
        QCoreApplication::setOrganizationName(QStringLiteral("veil-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    /// Filled in, so that "Create Profile" is enabled and must be reached too.
    void createProfilePage()
    {
        Workstation ws;
        ws.start();
        QVERIFY(ws.active());
        QVERIFY(ws.find<QWidget>(QStringLiteral("createProfilePage"))->isVisible());
        auto* reviewer = ws.find<QLineEdit>(QStringLiteral("reviewerIdEdit"));
        QTest::keyClicks(reviewer, QStringLiteral("alice"));
        QTest::keyClicks(ws.find<QLineEdit>(QStringLiteral("rootKeyEdit")), demoRootKey());
        QTest::keyClicks(ws.find<QLineEdit>(QStringLiteral("passphraseEdit")), kPassphrase);
        QTest::keyClicks(ws.find<QLineEdit>(QStringLiteral("confirmEdit")), kPassphrase);
        QVERIFY(ws.find<QPushButton>(QStringLiteral("createButton"))->isEnabled());

        const QStringList problems = accessibilityProblems(ws.window.get(), reviewer);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void unlockPage()
    {
        Workstation ws;
        {
            auto created = veil::model::DemoOrganisation::createProfile(
                ws.root.filePath(QStringLiteral("dana")), QStringLiteral("dana"),
                veil::model::SecretBytes::copyOf(kPassphrase.toUtf8()), Workstation::options());
            QVERIFY2(created, qPrintable(created.error()));
            created.value()->lock();
        }
        ws.start();
        QVERIFY(ws.active());
        QVERIFY(ws.find<QWidget>(QStringLiteral("unlockPage"))->isVisible());
        auto* edit = ws.find<QLineEdit>(QStringLiteral("unlockPassphraseEdit"));
        QTest::keyClicks(edit, kPassphrase);
        QVERIFY(ws.find<QPushButton>(QStringLiteral("unlockButton"))->isEnabled());

        const QStringList problems = accessibilityProblems(ws.window.get(), edit);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    /// Queue, conversation (each chip), review form and its Submit button.
    void workspaceWithATaskOpen()
    {
        Workstation ws;
        ws.start();
        QVERIFY(ws.active());
        QVERIFY(ws.openDemoTask());
        auto* queue = ws.find<QAbstractItemView>(QStringLiteral("queueView"));
        QVERIFY(queue);
        QTRY_VERIFY(ws.find<QWidget>(QStringLiteral("reviewForm")) != nullptr);
        QTRY_VERIFY(ws.find<QWidget>(QStringLiteral("reviewForm"))->isVisible());
        QVERIFY(ws.view()->isVisible());

        QList<QWidget*> order;
        const QStringList problems = accessibilityProblems(ws.window.get(), queue, &order);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The form is read top to bottom, then submitted: its last question
        // comes before "Submit and Next", which comes before the queue again.
        const auto position
            = [&order, &ws](const QString& name) { return order.indexOf(ws.find<QWidget>(name)); };
        QVERIFY(position(QStringLiteral("notes")) >= 0);
        QCOMPARE(position(QStringLiteral("submitButton")), position(QStringLiteral("notes")) + 1);
    }

    /// F8 to the first chip, Return: the dialog, with a justification typed
    /// so that "Reveal" is enabled.
    void revealDialog()
    {
        Workstation ws;
        ws.start();
        QVERIFY(ws.active());
        QVERIFY(ws.openDemoTask());
        ws.view()->setFocus();
        QTest::keyClick(ws.view(), Qt::Key_F8);
        QTest::keyClick(ws.view(), Qt::Key_Return);
        QTRY_VERIFY(ws.window->conversationPane()->revealDialog() != nullptr);
        veil::ui::RevealDialog* dialog = ws.window->conversationPane()->revealDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The offscreen platform leaves activating a new window to the test.
        dialog->activateWindow();
        QTRY_VERIFY(dialog->isActiveWindow());
        auto* justification = dialog->findChild<QPlainTextEdit*>(QStringLiteral("justificationEdit"));
        QTest::keyClicks(justification, kGoodReason);
        QTRY_VERIFY(dialog->findChild<QPushButton*>(QStringLiteral("revealButton"))->isEnabled());
        QVERIFY(!accessibleName(dialog).isEmpty());

        const QStringList problems = accessibilityProblems(dialog, justification);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        dialog->reject();
    }

    void settingsDialog()
    {
        Workstation ws;
        ws.start();
        QVERIFY(ws.active());
        QVERIFY(ws.openDemoTask());
        auto* action = ws.find<QAction>(QStringLiteral("actionSettings"));
        QVERIFY(action);
        QStringList problems;
        bool seen = false;
        QTimer::singleShot(0, ws.window.get(), [&problems, &seen] {
            auto* dialog = qobject_cast<veil::ui::SettingsDialog*>(QApplication::activeModalWidget());
            if (dialog == nullptr) {
                return;
            }
            seen = true;
            dialog->activateWindow();
            if (!QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); })) {
                problems << QStringLiteral("the settings dialog never became active");
            } else if (accessibleName(dialog).isEmpty()) {
                problems << QStringLiteral("the settings dialog has no accessible name");
            } else {
                problems = accessibilityProblems(
                    dialog, dialog->findChild<QWidget*>(QStringLiteral("settingsFontSize")));
            }
            dialog->reject();
        });
        action->trigger();
        QVERIFY(seen);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
