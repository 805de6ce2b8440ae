// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/main/ConversationDelegate.h"

#include <QListView>

class QAction;

namespace veil::ui {

class RevealController;

/// The conversation as a list of chat bubbles whose masked spans are chips a
/// reviewer can reach and activate without a mouse: Tab and Shift+Tab move
/// from chip to chip (and out of the view after the last), F8 / Shift+F8 jump
/// to the next / previous masked span from anywhere in the window, Enter or
/// Space activates the chip with focus, and a click activates the chip under
/// the pointer.
///
/// Copying (Ctrl+C) puts the masked text of the selected messages on the
/// clipboard: a chip copies as its placeholder, and a revealed value — which
/// only RevealController holds — cannot reach the clipboard, a drag or print,
/// because nothing here reads it except the delegate for one paint.
class ConversationView : public QListView, public ChipState {
    Q_OBJECT

public:
    explicit ConversationView(QWidget* parent = nullptr);

    void setRevealController(RevealController* controller);
    void setModel(QAbstractItemModel* model) override;

    /// The chip with keyboard focus (row -1: none).
    [[nodiscard]] int currentChipRow() const { return m_row; }
    [[nodiscard]] int currentChip() const { return m_chip; }
    void setCurrentChip(int row, int chip);
    /// Moves chip focus to the next (previous) chip; false when there is
    /// none in that direction (and `wrap` is false).
    bool moveToChip(bool forward, bool wrap);
    [[nodiscard]] int chipCount(int row) const;
    /// Where chip `chip` of message `row` is drawn, in viewport coordinates.
    [[nodiscard]] QRect chipRect(int row, int chip) const;
    /// Activates a chip as Enter on it would (also the accessible "press").
    void activateChip(int row, int chip);

    [[nodiscard]] QAction* nextMaskedSpanAction() const { return m_next; }
    [[nodiscard]] QAction* previousMaskedSpanAction() const { return m_previous; }

    /// The masked text of the selected messages (or of the current one),
    /// as the clipboard gets it.
    [[nodiscard]] QString selectedText() const;
    void copySelection();
    void selectAll() override;

    /// Bumped whenever the rows change, so cached accessibility children know.
    [[nodiscard]] quint64 generation() const { return m_generation; }

    [[nodiscard]] int focusedChip(int row) const override;
    bool revealedText(int row, int chip, QString* text, int* secondsLeft) const override;
    bool revealedImage(int row, int chip, QImage* image, int* secondsLeft) const override;

signals:
    void chipActivated(int row, int chip);
    void currentChipChanged(int row, int chip);

protected:
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    [[nodiscard]] int chipAt(const QModelIndex& index, QPoint pos) const;
    [[nodiscard]] ConversationDelegate* conversationDelegate() const;
    void rowsChanged();

    RevealController* m_controller = nullptr;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
    int m_row = -1;
    int m_chip = -1;
    int m_pressedRow = -1;
    int m_pressedChip = -1;
    quint64 m_generation = 0;
};

}  // namespace veil::ui
