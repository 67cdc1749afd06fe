#include "logview.h"

#include "channellistmodel.h"
#include "controls.h"
#include "encodings.h"
#include "logdetailsview.h"
#include "logmodel.h"
#include "settingsvalues.h"
#include "statuslabel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

// Colours each row by what kind of event it records.
class LogDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The style draws the row's background and selection; the text is laid out once, elided
    // to the row. (The base class lays it out three times: to size, to elide and to draw.)
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = std::exchange(opt.text, QString());
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        // Inset as the style insets an item's text.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                                       .adjusted(margin, 0, -margin, 0);
        const bool selected = opt.state & QStyle::State_Selected;
        QPalette::ColorGroup group = QPalette::Disabled;
        if (opt.state & QStyle::State_Enabled)
            group = opt.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(
                opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect, int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine),
                          opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
        painter->restore();
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        keepWhatFits(option);
        const auto kind = LogEntry::Kind(index.data(LogModel::KindRole).toInt());
        QColor color;
        switch (kind) {
        case LogEntry::Kind::Received: color = QColor(0x15, 0x65, 0xc0); break;
        case LogEntry::Kind::Sent: color = QColor(0x2e, 0x7d, 0x32); break;
        case LogEntry::Kind::Error: color = QColor(0xc6, 0x28, 0x28); break;
        case LogEntry::Kind::Info: return;
        default: color = QColor(0x6d, 0x4c, 0x41); break;
        }
        option->palette.setColor(QPalette::Text, color);
    }

private:
    // A row holds up to LogModel::kDisplayLimit characters, and laying all of them out on every
    // paint costs more than the flood filling the log. Only the characters that can show in the
    // row are kept (the font is fixed-width; wider characters only make fewer fit), and a cut row
    // ends in an ellipsis, as an elided one would.
    static void keepWhatFits(QStyleOptionViewItem *option)
    {
        if (!option->rect.isValid())
            return;
        const int advance = qMax(1, option->fontMetrics.horizontalAdvance(u'0'));
        const qsizetype fits = option->rect.width() / advance + kSlackCharacters;
        if (option->text.size() <= fits)
            return;
        // Not between the two halves of a surrogate pair.
        option->text.truncate(option->text.at(fits - 1).isHighSurrogate() ? fits - 1 : fits);
        option->text += u'\u2026';
    }

    static constexpr int kSlackCharacters = 8;
};

} // namespace

LogView::LogView(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    buildUi();
    connect(m_hex, &QCheckBox::toggled, m_model, &LogModel::setHexMode);
    connect(m_timestamps, &QCheckBox::toggled, m_model, &LogModel::setShowTimestamps);
    connect(m_pause, &QPushButton::toggled, this, &LogView::handlePauseToggled);
    connect(m_clear, &QPushButton::clicked, m_model, &LogModel::clear);
    connect(m_save, &QPushButton::clicked, this, &LogView::saveWithDialog);
    connect(m_resetCounters, &QPushButton::clicked, m_model, &LogModel::resetCounters);
    connect(m_model, &LogModel::countersChanged, this, &LogView::updateCounters);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &LogView::handleRowsAboutToBeInserted);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogView::handleRowsInserted);
    connect(m_autoScroll, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_list->scrollToBottom();
    });
    connect(m_displayEncoding, &QComboBox::currentIndexChanged, this, &LogView::applyEncoding);
    connect(m_showDetails, &QCheckBox::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        if (on)
            showCurrentDetails();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LogView::showCurrentDetails);
    m_sendEncoding = m_model->encoding();
    updateCounters(0, 0);
}

void LogView::buildUi()
{
    m_list = new QListView(this);
    m_list->setAccessibleName(tr("Log"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows show what fits and end in an ellipsis; Copy and Save log give the whole entry.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setItemDelegate(new LogDelegate(m_list));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy"), m_list);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &LogView::copySelection);
    m_list->addAction(copy);

    m_hex = Controls::checkBox(tr("Hex display"), tr("Show received and sent data as hex bytes"),
                               this);
    m_timestamps = Controls::checkBox(tr("Timestamps"), tr("Show when each event happened"), this);
    m_timestamps->setChecked(true);
    m_autoScroll = Controls::checkBox(tr("Auto-scroll"),
                                      tr("Follow new entries; scrolling up holds the view "
                                         "until you scroll back to the end"),
                                      this);
    m_autoScroll->setChecked(true);
    m_pause = Controls::button(tr("Pause"),
                               tr("Stop showing data while still counting it; events are "
                                  "still logged"),
                               this);
    m_pause->setCheckable(true);
    m_clear = Controls::button(tr("Clear"), tr("Remove every entry from the log"), this);
    m_save = Controls::button(tr("Save log…"), tr("Write the whole log to a text file"), this);
    m_counters = new StatusLabel(this);
    m_resetCounters = Controls::button(tr("Reset counters"),
                                       tr("Set the RX and TX counters to "
                                          "zero"),
                                       this);
    m_showDetails = Controls::checkBox(tr("Details"),
                                       tr("Show the whole of the selected entry, as hex and as "
                                          "text, below the log"),
                                       this);
    m_displayEncoding = new QComboBox(this);
    m_displayEncoding->addItem(tr("Same as sending"), QString());
    for (const QString &name : Encodings::available())
        m_displayEncoding->addItem(name, name);
    m_details = new LogDetailsView(m_model, this);
    m_details->setVisible(false);

    // Three short rows rather than one long one: the log shares the window's width with the
    // channel list, and must fit beside it at 800 pixels.
    auto *view = new QHBoxLayout;
    view->addWidget(m_hex);
    view->addWidget(m_timestamps);
    view->addWidget(m_autoScroll);
    view->addWidget(m_showDetails);
    view->addStretch(1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *counters = new QHBoxLayout;
    counters->addWidget(m_counters, 1);
    counters->addWidget(m_pause);
    counters->addWidget(m_clear);
    counters->addWidget(m_save);
    auto *output = new QHBoxLayout;
    output->addWidget(Controls::labelFor(m_displayEncoding, tr("Display encoding"),
                                         tr("Encoding for showing received and sent text; by "
                                            "default the one chosen for sending"),
                                         this));
    output->addWidget(m_displayEncoding);
    output->addStretch(1);
    output->addWidget(m_resetCounters);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(view);
    layout->addWidget(split, 1);
    layout->addLayout(counters);
    layout->addLayout(output);
}

void LogView::handleRowsAboutToBeInserted()
{
    const QScrollBar *bar = m_list->verticalScrollBar();
    m_wasAtBottom = bar->value() >= bar->maximum();
}

void LogView::handleRowsInserted()
{
    if (m_autoScroll->isChecked() && m_wasAtBottom)
        m_list->scrollToBottom();
}

void LogView::handlePauseToggled(bool paused)
{
    Controls::setText(m_pause, paused ? tr("Resume") : tr("Pause"));
    m_model->setPaused(paused);
}

void LogView::updateCounters(qint64 rx, qint64 tx)
{
    m_counters->setText(
            tr("RX %1 · TX %2")
                    .arg(ChannelListModel::formatBytes(rx), ChannelListModel::formatBytes(tx)));
    m_counters->setToolTip(tr("Bytes received: %1\nBytes sent: %2")
                                   .arg(QLocale().toString(rx), QLocale().toString(tx)));
}

void LogView::setSendEncoding(const QString &encoding)
{
    m_sendEncoding = encoding;
    applyEncoding();
}

QString LogView::displayEncoding() const
{
    return m_displayEncoding->currentData().toString();
}

bool LogView::setDisplayEncoding(const QString &encoding)
{
    const int index = m_displayEncoding->findData(encoding);
    if (index < 0)
        return false;
    m_displayEncoding->setCurrentIndex(index);
    return true;
}

void LogView::applyEncoding()
{
    const QString chosen = displayEncoding();
    m_model->setEncoding(chosen.isEmpty() ? m_sendEncoding : chosen);
}

void LogView::showCurrentDetails()
{
    if (m_details->isVisible())
        m_details->showEntry(m_list->currentIndex());
}

void LogView::copySelection()
{
    QModelIndexList rows = m_list->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows))
        lines.append(index.data(LogModel::FullTextRole).toString());
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

void LogView::saveWithDialog()
{
    // Qt's own dialog: peers go on being served while it is open. Once Qt uses its own event
    // dispatcher rather than GLib's (see SystemLimits::prepareForManyConnections()), a GTK dialog
    // and Qt's sockets no longer share one loop, and one of them would wait for the other.
    const QString path = QFileDialog::getSaveFileName(this, tr("Save log"), QString(),
                                                      tr("Text files (*.txt *.log);;All files (*)"),
                                                      nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveToFile(path, &error))
        QMessageBox::warning(this, tr("Save log"), error);
}

bool LogView::saveToFile(const QString &path, QString *error)
{
    m_model->flush();
    // Logs hold whatever peers sent: readable by the user only, from the moment they exist, and
    // also when an existing file is overwritten.
    const QFileDevice::Permissions userOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, userOnly) ||
        !file.setPermissions(userOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!m_model->saveTo(&file) || !file.flush()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void LogView::saveSettings(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("log"));
    settings.setValue(QStringLiteral("hexDisplay"), m_hex->isChecked());
    settings.setValue(QStringLiteral("timestamps"), m_timestamps->isChecked());
    settings.setValue(QStringLiteral("autoScroll"), m_autoScroll->isChecked());
    settings.setValue(QStringLiteral("details"), m_showDetails->isChecked());
    settings.setValue(QStringLiteral("displayEncoding"), displayEncoding());
    settings.endGroup();
}

void LogView::restoreSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("log"));
    m_hex->setChecked(SettingsValues::readBool(settings, QStringLiteral("hexDisplay"), false));
    m_timestamps->setChecked(
            SettingsValues::readBool(settings, QStringLiteral("timestamps"), true));
    m_autoScroll->setChecked(
            SettingsValues::readBool(settings, QStringLiteral("autoScroll"), true));
    m_showDetails->setChecked(SettingsValues::readBool(settings, QStringLiteral("details"), false));
    // An encoding this build does not have means the default: the same as for sending.
    if (!setDisplayEncoding(settings.value(QStringLiteral("displayEncoding")).toString()))
        setDisplayEncoding(QString());
    settings.endGroup();
}
