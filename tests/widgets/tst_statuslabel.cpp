#include "statuslabel.h"

#include <QAccessible>
#include <QEvent>
#include <QImage>
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

// How many pixels of the rendered widget are of the error colour (#c62828), give or take the
// anti-aliasing of glyph edges.
int errorColouredPixels(QWidget *widget)
{
    QImage image(widget->size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    widget->render(&image);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 150 && c.green() < 90 && c.blue() < 90)
                ++count;
        }
    }
    return count;
}

} // namespace

// The label for counters and status messages: new text repaints it only and never resizes it,
// an error shows in the error colour, and assistive technology reads it as text.
class tst_StatusLabel : public QObject
{
    Q_OBJECT

private slots:
    void readsAsStaticTextNamedByItsText();
    void newTextNeedsNoNewLayout();
    void longMessageNeverWidensTheWindow();
    void errorShowsInTheErrorColour();
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

void tst_StatusLabel::longMessageNeverWidensTheWindow()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new StatusLabel(&window);
    layout->addWidget(label);
    window.resize(400, 60);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize minimum = window.minimumSizeHint();
    const int width = window.width();

    // The message the first release's client showed for a 280-character host name.
    const QString message = QStringLiteral("Host %1 not found.").arg(QString(280, u'a'));
    label->setMessage(message, true);
    QCoreApplication::processEvents();
    QCOMPARE(window.width(), width);
    QCOMPARE(window.minimumSizeHint(), minimum);
    QVERIFY(label->width() <= width);
    // Cut on screen, whole where a user and a screen reader can get it.
    QCOMPARE(label->text(), message);
    QCOMPARE(label->toolTip(), message);
    QVERIFY(label->isError());
    QCOMPARE(QAccessible::queryAccessibleInterface(label)->text(QAccessible::Name), message);

    label->setMessage(QStringLiteral("Listening"), false);
    QVERIFY(!label->isError());
    QCOMPARE(label->toolTip(), QStringLiteral("Listening"));
    QCOMPARE(window.width(), width);
}

void tst_StatusLabel::errorShowsInTheErrorColour()
{
    StatusLabel label;
    label.resize(300, label.sizeHint().height());
    label.setMessage(QStringLiteral("MMMMMMMMMM connection refused"), true);
    QVERIFY2(errorColouredPixels(&label) > 20, "an error is drawn in the error colour");
    label.setMessage(QStringLiteral("MMMMMMMMMM connection refused"), false);
    QCOMPARE(errorColouredPixels(&label), 0);
    // setText() keeps what the message was: counters are not errors unless told.
    label.setMessage(QStringLiteral("MMMMMMMMMM failed"), true);
    label.setText(QStringLiteral("MMMMMMMMMM again"));
    QVERIFY(label.isError());
}

QTEST_MAIN(tst_StatusLabel)
#include "tst_statuslabel.moc"
