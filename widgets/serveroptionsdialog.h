#pragma once

#include "tcpserversession.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The server's options: how many peers at once, the listen backlog and which peers may connect.
// Checks what is typed as it is typed; OK stays disabled while anything is invalid.
class ServerOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Options
    {
        int maxConnections = 0; // 0: no cap but the system's
        int backlog = TcpServerSession::kDefaultBacklog;
        SubnetList allowList; // empty: everyone
    };

    static constexpr int kMaxBacklog = 65535;

    explicit ServerOptionsDialog(const Options &options, QWidget *parent = nullptr);

    // What the fields hold now; meaningful while isValid().
    Options options() const;
    bool isValid() const { return m_valid; }

private:
    void validate();

    QSpinBox *m_maxConnections = nullptr;
    QSpinBox *m_backlog = nullptr;
    QLineEdit *m_allowList = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    SubnetList m_parsedAllowList;
    bool m_valid = true;
};
