#pragma once

#include "checksum.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSettings;
class QSpinBox;

// The checksum choice of a payload: the algorithm, and, once one is chosen, its byte order, the
// range it covers (bytes skipped at the head and the tail) and whether it goes before the line
// ending. Used by the send pane and by the editor of a saved command.
class ChecksumFields : public QWidget
{
    Q_OBJECT

public:
    explicit ChecksumFields(QWidget *parent = nullptr);

    ChecksumSpec spec() const;
    void setSpec(const ChecksumSpec &spec);

    void save(QSettings &settings) const;
    void restore(QSettings &settings);

signals:
    void changed();

private:
    void updateDetails();

    QComboBox *m_kind = nullptr;
    QComboBox *m_order = nullptr;
    QSpinBox *m_skipHead = nullptr;
    QSpinBox *m_skipTail = nullptr;
    QCheckBox *m_beforeLineEnding = nullptr;
    QWidget *m_details = nullptr;
};
