// The baseline for `golive --smoke`: a Qt Widgets window with one label that quits after its
// first paint, built with the same compiler, flags and Qt.
#include <QApplication>
#include <QLabel>
#include <QTimer>

namespace {
class QuitOnFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello"));
    label.installEventFilter(new QuitOnFirstPaint(&label));
    label.show();
    return QApplication::exec();
}
