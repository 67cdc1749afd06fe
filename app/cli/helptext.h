#pragma once

#include <QCoreApplication>
#include <QString>

// The --help page: every option of both commands, the exit codes and examples.
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)

public:
    static QString text();
};
