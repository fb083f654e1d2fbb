// Qt Test for keeping the computer awake while a run trains: a private D-Bus daemon stands in
// for the desktop, with fake portal, screen-saver and logind services, so the test checks what
// the inhibitor asks for, which service it prefers and that it lets go at the end of a run.
#include <QApplication>
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <cstdlib>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include "PrivateHome.h"
#include "TestWindow.h"

#include "ui/controllers/DatasetController.h"
#include "ui/controllers/ModelController.h"
#include "ui/controllers/PredictController.h"
#include "ui/controllers/RunsController.h"
#include "ui/controllers/TrainingController.h"
#include "ui/pages/ModelPage.h"
#include "ui/pages/TrainPage.h"
#include "ui/platform/Settings.h"
#include "ui/platform/SleepInhibitor.h"
#include "ui/window/MainWindow.h"

using namespace sentiment::ui;

class FakeRequest : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Request")
public:
    int closed = 0;
public Q_SLOTS:
    void Close() { ++closed; }
};

class FakePortal : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Inhibit")
public:
    explicit FakePortal(QDBusConnection bus) : bus_(std::move(bus)) {}
    FakeRequest request;
    uint flags = 0;
    QString reason;
    int calls = 0;
public Q_SLOTS:
    QDBusObjectPath Inhibit(const QString&, uint f, const QVariantMap& options) {
        ++calls;
        flags = f;
        reason = options.value(QStringLiteral("reason")).toString();
        const QString path =
            QStringLiteral("/org/freedesktop/portal/desktop/request/1/t%1").arg(calls);
        bus_.registerObject(path, &request, QDBusConnection::ExportAllSlots);
        return QDBusObjectPath(path);
    }

private:
    QDBusConnection bus_;
};

class FakeScreenSaver : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    QStringList reasons;
    QList<uint> released;
public Q_SLOTS:
    uint Inhibit(const QString&, const QString& reason) {
        reasons << reason;
        return 41 + reasons.size();
    }
    void UnInhibit(uint cookie) { released << cookie; }
};

/// logind hands out the write end of a pipe: the lock lasts while any copy is open.
class FakeLogin : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    ~FakeLogin() override {
        if (readEnd >= 0) ::close(readEnd);
    }
    int readEnd = -1;
    QString what, mode;
public Q_SLOTS:
    QDBusUnixFileDescriptor Inhibit(const QString& w, const QString&, const QString&,
                                    const QString& m) {
        what = w;
        mode = m;
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) return {};
        readEnd = fds[0];
        QDBusUnixFileDescriptor lock(fds[1]);  // a duplicate: ours closes now
        ::close(fds[1]);
        return lock;
    }
};

namespace {

/// True when every holder of the pipe's write end has closed it (the lock is gone).
bool lockReleased(int readEnd) {
    pollfd p{readEnd, POLLIN, 0};
    if (::poll(&p, 1, 0) != 1) return false;
    char c;
    return ::read(readEnd, &c, 1) == 0;
}

}  // namespace

/// A D-Bus daemon of the test's own, started before the application exists (so that nothing
/// can have connected to another session bus first) and stopped at the end. No service
/// directories: nothing installed on this machine can be started on it.
class PrivateBus {
public:
    explicit PrivateBus(const QString& folder) {
        const QByteArray config = (folder + QStringLiteral("/bus.conf")).toUtf8();
        if (std::FILE* f = std::fopen(config.constData(), "w")) {
            std::fprintf(
                f,
                "<busconfig><type>session</type><listen>unix:dir=%s</listen><auth>EXTERNAL</auth>"
                "<policy context=\"default\"><allow send_destination=\"*\"/><allow "
                "receive_sender=\"*\"/>"
                "<allow own=\"*\"/></policy></busconfig>\n",
                folder.toUtf8().constData());
            std::fclose(f);
        }
        // --fork: the command ends once the daemon runs, after printing its address and pid.
        const QByteArray command =
            "dbus-daemon --fork --print-address=1 --print-pid=1 --config-file=" + config +
            " 2>/dev/null";
        std::FILE* p = ::popen(command.constData(), "r");
        if (p == nullptr) return;
        char line[512];
        if (std::fgets(line, sizeof line, p) != nullptr)
            address_ = QString::fromUtf8(line).trimmed();
        if (std::fgets(line, sizeof line, p) != nullptr) pid_ = std::atoi(line);
        ::pclose(p);
        if (!address_.isEmpty()) qputenv("DBUS_SESSION_BUS_ADDRESS", address_.toUtf8());
    }
    ~PrivateBus() {
        if (pid_ > 0) ::kill(pid_, SIGTERM);
    }
    QString address() const { return address_; }

private:
    QString address_;
    pid_t pid_ = 0;
};

class SleepInhibitorTest : public QObject {
    Q_OBJECT
public:
    explicit SleepInhibitorTest(QString address) : address_(std::move(address)) {}

private Q_SLOTS:
    void initTestCase() {
        if (address_.isEmpty())
            QSKIP("no private D-Bus daemon (packaging/install-deps.sh installs dbus-daemon)");
    }

    // Each test's services leave the bus with it, even when the test fails half-way.
    void cleanup() {
        for (const auto& name : std::as_const(connections_))
            QDBusConnection::disconnectFromBus(name);
        connections_.clear();
    }

    void withoutABusNothingIsInhibitedAndNothingFails() {
        const auto none = QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("none"));
        QVERIFY(!none.isConnected());
        SleepInhibitor inhibitor(none, none);
        QSignalSpy settled(&inhibitor, &SleepInhibitor::settled);
        inhibitor.inhibit(QStringLiteral("training"));
        QCOMPARE(settled.count(), 1);
        QCOMPARE(settled.first().at(0).value<SleepInhibitor::Method>(),
                 SleepInhibitor::Method::None);
        QVERIFY2(settled.first().at(1).toString().contains(QStringLiteral("no session bus")),
                 qPrintable(settled.first().at(1).toString()));
        inhibitor.release();
        QCOMPARE(inhibitor.method(), SleepInhibitor::Method::None);
    }

    void theDesktopPortalIsPreferred() {
        auto services = connectServices(QStringLiteral("portal"));
        FakePortal portal(services);
        FakeScreenSaver saver;
        QVERIFY(registerService(services, QStringLiteral("org.freedesktop.portal.Desktop"),
                                QStringLiteral("/org/freedesktop/portal/desktop"), &portal));
        QVERIFY(registerService(services, QStringLiteral("org.freedesktop.ScreenSaver"),
                                QStringLiteral("/org/freedesktop/ScreenSaver"), &saver));
        {
            SleepInhibitor inhibitor(client(QStringLiteral("portal-client")),
                                     client(QStringLiteral("portal-client")));
            QSignalSpy settled(&inhibitor, &SleepInhibitor::settled);
            inhibitor.inhibit(QStringLiteral("Training the advanced preset"));
            QVERIFY(settled.wait(10000));
            QCOMPARE(settled.first().at(0).value<SleepInhibitor::Method>(),
                     SleepInhibitor::Method::Portal);
            QCOMPARE(portal.flags, 4u | 8u);  // suspend and idle; logging out stays allowed
            QCOMPARE(portal.reason, QStringLiteral("Training the advanced preset"));
            inhibitor.inhibit(QStringLiteral("again"));  // already held: no second request
            inhibitor.release();
            QTRY_COMPARE_WITH_TIMEOUT(portal.request.closed, 1, 10000);
            QCOMPARE(portal.calls, 1);
        }
        QVERIFY(saver.reasons.isEmpty());
        unregisterAll(services);
    }

    void theScreenSaverWhenThereIsNoPortal() {
        auto services = connectServices(QStringLiteral("saver"));
        FakeScreenSaver saver;
        QVERIFY(registerService(services, QStringLiteral("org.freedesktop.ScreenSaver"),
                                QStringLiteral("/org/freedesktop/ScreenSaver"), &saver));
        SleepInhibitor inhibitor(client(QStringLiteral("saver-client")),
                                 client(QStringLiteral("saver-client")));
        QSignalSpy settled(&inhibitor, &SleepInhibitor::settled);
        inhibitor.inhibit(QStringLiteral("training"));
        QVERIFY(settled.wait(10000));
        QCOMPARE(inhibitor.method(), SleepInhibitor::Method::ScreenSaver);
        QCOMPARE(saver.reasons, QStringList{QStringLiteral("training")});
        inhibitor.release();
        QTRY_COMPARE_WITH_TIMEOUT(saver.released, QList<uint>{42}, 10000);
        unregisterAll(services);
    }

    void logindLastAndItsLockIsADescriptor() {
        auto services = connectServices(QStringLiteral("login"));
        if (!(services.connectionCapabilities() & QDBusConnection::UnixFileDescriptorPassing)) {
            QSKIP("this bus cannot pass file descriptors");
        }
        FakeLogin login;
        QVERIFY(registerService(services, QStringLiteral("org.freedesktop.login1"),
                                QStringLiteral("/org/freedesktop/login1"), &login));
        // Tests pass the private bus as the system bus as well.
        SleepInhibitor inhibitor(client(QStringLiteral("login-client")),
                                 client(QStringLiteral("login-client")));
        QSignalSpy settled(&inhibitor, &SleepInhibitor::settled);
        inhibitor.inhibit(QStringLiteral("training"));
        QVERIFY(settled.wait(10000));
        QCOMPARE(inhibitor.method(), SleepInhibitor::Method::Login);
        QCOMPARE(login.what, QStringLiteral("idle:sleep"));
        QCOMPARE(login.mode, QStringLiteral("block"));
        QVERIFY(login.readEnd >= 0);
        QVERIFY(!lockReleased(login.readEnd));
        inhibitor.release();
        QTRY_VERIFY_WITH_TIMEOUT(lockReleased(login.readEnd), 10000);
        unregisterAll(services);
    }

    // Stopping before the desktop answered must not leave the computer awake for good.
    void aRequestReleasedOnItsWayIsUndoneWhenItLands() {
        auto services = connectServices(QStringLiteral("late"));
        FakePortal portal(services);
        QVERIFY(registerService(services, QStringLiteral("org.freedesktop.portal.Desktop"),
                                QStringLiteral("/org/freedesktop/portal/desktop"), &portal));
        SleepInhibitor inhibitor(client(QStringLiteral("late-client")),
                                 client(QStringLiteral("late-client")));
        QSignalSpy settled(&inhibitor, &SleepInhibitor::settled);
        inhibitor.inhibit(QStringLiteral("training"));
        inhibitor
            .release();  // before the portal's answer can have arrived (it needs this event loop)
        QTRY_COMPARE_WITH_TIMEOUT(portal.request.closed, 1, 10000);
        QCOMPARE(portal.calls, 1);
        QCOMPARE(inhibitor.method(), SleepInhibitor::Method::None);
        QCOMPARE(settled.count(), 0);
        unregisterAll(services);
    }

    // The application's training controller holds the inhibitor for exactly as long as a run.
    void aRunKeepsTheComputerAwakeUntilItEnds() {
        auto services = connectServices(QStringLiteral("run"));
        FakeScreenSaver saver;
        QVERIFY(registerService(services, QStringLiteral("org.freedesktop.ScreenSaver"),
                                QStringLiteral("/org/freedesktop/ScreenSaver"), &saver));
        DatasetController datasets;
        QSignalSpy loaded(&datasets, &DatasetController::loaded);
        datasets.load(QString());
        QVERIFY(loaded.wait(60000));
        TestWindow t(&datasets);
        auto& training = t.training;
        auto& window = t.window;
        window.modelPage()->applyPreset(QStringLiteral("fasttext"));
        window.modelPage()->setEpochs(1);
        window.trainPage()->setBatchesPerEpoch(3);
        QSignalSpy finished(&training, &TrainingController::finished);
        window.trainPage()->startTraining();
        QTRY_COMPARE_WITH_TIMEOUT(saver.reasons.size(), 1, 10000);
        QVERIFY(finished.count() > 0 || finished.wait(120000));
        QTRY_COMPARE_WITH_TIMEOUT(saver.released, QList<uint>{42}, 10000);
        unregisterAll(services);
    }

private:
    QDBusConnection connectServices(const QString& name) {
        connections_ << name + QStringLiteral("-services");
        return QDBusConnection::connectToBus(address_, connections_.constLast());
    }
    QDBusConnection client(const QString& name) {
        connections_ << name;
        return QDBusConnection::connectToBus(address_, name);
    }
    static bool registerService(QDBusConnection& bus, const QString& service, const QString& path,
                                QObject* object) {
        return bus.isConnected() && bus.registerService(service) &&
               bus.registerObject(path, object, QDBusConnection::ExportAllSlots);
    }
    static void unregisterAll(QDBusConnection& bus) {
        for (const char* s : {"org.freedesktop.portal.Desktop", "org.freedesktop.ScreenSaver",
                              "org.freedesktop.login1"}) {
            bus.unregisterService(QString::fromLatin1(s));
        }
        for (const char* p : {"/org/freedesktop/portal/desktop", "/org/freedesktop/ScreenSaver",
                              "/org/freedesktop/login1"}) {
            bus.unregisterObject(QString::fromLatin1(p), QDBusConnection::UnregisterTree);
        }
    }

    QString address_;
    QStringList connections_;
};

int main(int argc, char** argv) {
    sentiment::test::PrivateHome home;
    home.use();
    PrivateBus bus(home.path());  // the application's session bus from here on
    QApplication app(argc, argv);
    SleepInhibitorTest test(bus.address());
    return QTest::qExec(&test, argc, argv);
}
#include "SleepInhibitorTest.moc"
