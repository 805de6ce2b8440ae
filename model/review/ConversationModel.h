// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/batch/BatchTypes.h"

#include <QAbstractListModel>
#include <QImage>

namespace veil::model {

/// The messages of one masked task, for the conversation view. DisplayRole
/// is the masked text: a placeholder such as "[PHONE 1]" stands where the
/// original was, and no role ever carries an original value.
class ConversationModel : public QAbstractListModel {
    Q_OBJECT

public:
    /// One masked stretch of a message in QString (UTF-16) positions, for
    /// drawing it as a chip.
    /// An attached image is a chip too, after the message's text chips:
    /// `image` set, `start` at the end of the text, `length` 0, category
    /// "IMAGE" and its coarse pixelated `preview` (never the original).
    struct Chip {
        int start = 0;
        int length = 0;
        QString category;
        QString label;
        QString rule;
        double confidence = 0;
        int spanId = 0;
        bool image = false;
        QImage preview;
    };

    enum Role {
        RoleRole = Qt::UserRole + 1,  ///< "user" or "assistant"
        TimeRole,
        ChipsRole,  ///< QList<Chip> as QVariant
        ImageCountRole,  ///< images attached to this message
    };

    explicit ConversationModel(QObject* parent = nullptr);

    /// `taskIndex` is the task's position in its batch, which a reveal
    /// request names; -1 when unknown (reveals are then refused).
    void setTask(MaskedTask task, int taskIndex = -1);
    void clear();
    [[nodiscard]] const MaskedTask& task() const { return m_task; }
    [[nodiscard]] int taskIndex() const { return m_taskIndex; }
    /// The span id of chip `chip` of message `row`, or -1.
    [[nodiscard]] int spanId(int row, int chip) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Chips of message `row`.
    [[nodiscard]] QList<Chip> chips(int row) const;

private:
    MaskedTask m_task;
    int m_taskIndex = -1;
    QList<QList<Chip>> m_chips;
};

}  // namespace veil::model

Q_DECLARE_METATYPE(veil::model::ConversationModel::Chip)
