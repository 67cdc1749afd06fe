#include "statuslabel.h"

#include <QAccessible>
#include <QEvent>
#include <QTest>
#include <QVBoxLayout>

namespace {

// Counts the layout requests a widget receives.
class LayoutRequests : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
};

} // namespace

// The counters' label: new text repaints it only, and assistive technology reads it as text.
class tst_StatusLabel : public QObject
{
    Q_OBJECT

private slots:
    void readsAsStaticTextNamedByItsText();
    void newTextNeedsNoNewLayout();
};

void tst_StatusLabel::readsAsStaticTextNamedByItsText()
{
    StatusLabel label;
    label.setText(QStringLiteral("RX 1.0 KiB · TX 0 bytes"));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&label);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::StaticText);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("RX 1.0 KiB · TX 0 bytes"));
    label.setText(QStringLiteral("RX 2.0 KiB · TX 0 bytes"));
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("RX 2.0 KiB · TX 0 bytes"));
    QCOMPARE(label.text(), QStringLiteral("RX 2.0 KiB · TX 0 bytes"));
}

void tst_StatusLabel::newTextNeedsNoNewLayout()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new StatusLabel(&window);
    layout->addWidget(label);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize hint = label->sizeHint();
    LayoutRequests requests;
    window.installEventFilter(&requests);
    for (int i = 0; i < 20; ++i)
        label->setText(QStringLiteral("RX %1 bytes").arg(QString(i * 3, u'9')));
    QCoreApplication::processEvents();
    QCOMPARE(requests.count, 0);
    QCOMPARE(label->sizeHint(), hint);
}

QTEST_MAIN(tst_StatusLabel)
#include "tst_statuslabel.moc"
