// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/reveal/RevealedValue.h"

#include <QImage>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace veil::ui {

/// Holds the one value revealed right now, for the conversation view, and
/// takes it away again: when its display time is over (the deadline the
/// reveal service set, read through the injected clock), when the reviewer
/// asks, or when the application stops being the active one. The value stays
/// in RevealedValue's locked memory; text() hands out a copy for one layout.
class RevealController : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit RevealController(QObject* parent = nullptr);
    ~RevealController() override;

    /// Tests pass a clock they can advance; the default is the system clock.
    void setClock(Clock clock);
    [[nodiscard]] QDateTime now() const { return m_clock(); }

    /// Shows `value` in place of chip `chip` of message `row` until its
    /// deadline; a value shown before is wiped first.
    void show(int row, int chip, QString label, model::RevealedValue value);
    /// Wipes the shown value at once (no-op when none).
    void remask();

    [[nodiscard]] bool isShowing() const { return m_value.has_value(); }
    [[nodiscard]] int row() const { return m_row; }
    [[nodiscard]] int chip() const { return m_chip; }
    /// Placeholder of the shown chip ("PHONE 1"), for status text.
    [[nodiscard]] const QString& label() const { return m_label; }
    /// Whole seconds before the value re-masks, rounded up; 0 when none.
    [[nodiscard]] int secondsLeft() const;
    /// The shown value for one layout, if (row, chip) is the shown chip and
    /// its time is not over. The caller scrubs and drops its copy.
    bool text(int row, int chip, QString* text, int* secondsLeft);
    /// The shown value decoded as an image (an attachment's original), kept
    /// decoded while shown and overwritten when it re-masks.
    bool image(int row, int chip, QImage* image, int* secondsLeft);

signals:
    /// Shown, countdown moved on, or re-masked: repaint.
    void changed();

private:
    void tick();
    void wipeImage();

    Clock m_clock;
    QTimer m_timer;
    std::optional<model::RevealedValue> m_value;
    int m_row = -1;
    int m_chip = -1;
    QString m_label;
    int m_shownSeconds = -1;
    QImage m_image;  ///< decoded original of a shown image, wiped on re-mask
};

}  // namespace veil::ui
