// Qt Test for downloads from the Data page, against a local HTTP server on 127.0.0.1 (no test
// touches the internet): the embedded demo archive served as "aclImdb_v1.tar.gz" is downloaded,
// checked and opened; a file with the wrong checksum is refused with a message and not kept.
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include "LocalHttpServer.h"
#include "Named.h"
#include "PrivateHome.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include "foundation/Sha256.h"
#include "ui/controllers/DatasetController.h"
#include "ui/pages/DataPage.h"
#include "ui/panels/DownloadBar.h"
#include "ui/panels/ProxyDialog.h"
#include "ui/platform/ProxyChoice.h"
#include "ui/platform/Settings.h"

using namespace sentiment;
using namespace sentiment::ui;

namespace {
std::string demoArchive() {
    QFile f(QStringLiteral(SENTIMENT_LAB_DEMO_ARCHIVE));
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QByteArray bytes = f.readAll();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}
}  // namespace

class DownloadTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { home_.use(); }

    void downloadsChecksAndOpensTheDataset() {
        const std::string body = demoArchive();
        QVERIFY(body.size() > 100'000);
        test::LocalHttpServer server;
        server.serve("/aclImdb_v1.tar.gz", body, test::LocalHttpServer::Mode::Slow);
        DatasetController controller;
        DataPage page(&controller);
        auto* bar = named<DownloadBar>(&page, "downloadBar");
        auto source = sentiment::downloads::DownloadSource::imdb();
        source.url = server.url("/aclImdb_v1.tar.gz");
        source.size = body.size();
        source.sha256 = sentiment::Sha256::of(body);
        bar->setSource(source);
        QSignalSpy downloaded(bar, &DownloadBar::downloaded);
        QSignalSpy loaded(&controller, &DatasetController::loaded);
        const QString folder = home_.filePath(QStringLiteral("downloads"));
        bar->start(/*ask=*/false, folder);
        QVERIFY(bar->busy());
        // While it runs, the bar shows bytes of the total.
        auto* progress = bar->findChild<QProgressBar*>();
        QTRY_VERIFY_WITH_TIMEOUT(progress->text().contains(QStringLiteral(" of ")), 10000);
        QVERIFY(downloaded.wait(30000));
        const QString path = downloaded.at(0).at(0).toString();
        QCOMPARE(path, QDir(folder).filePath(QStringLiteral("aclImdb_v1.tar.gz")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        // The page opens what was downloaded.
        QVERIFY(loaded.wait(60000));
        QCOMPARE(named<QTableWidget>(&page, "countsTable")->item(0, 2)->text(),
                 QLocale().toString(1400));
    }

    void aWrongChecksumIsRefusedAndNothingKept() {
        test::LocalHttpServer server;
        server.serve("/aclImdb_v1.tar.gz", std::string(200'000, 'x'));
        DatasetController controller;
        DataPage page(&controller);
        auto* bar = named<DownloadBar>(&page, "downloadBar");
        auto source =
            sentiment::downloads::DownloadSource::imdb();  // the published size and SHA-256
        source.url = server.url("/aclImdb_v1.tar.gz");
        bar->setSource(source);
        QSignalSpy downloaded(bar, &DownloadBar::downloaded);
        const QString folder = home_.filePath(QStringLiteral("bad"));
        bar->start(false, folder);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->busy(), 20000);
        QCOMPARE(downloaded.count(), 0);
        QString shown;
        for (auto* label : bar->findChildren<QLabel*>()) shown += label->text();
        QVERIFY2(shown.contains(QStringLiteral("failed its check")), qPrintable(shown));
        QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    }

    // File > Network proxy…: the setting is kept, checked before it is accepted, and a download
    // from the Data page goes through the proxy it names.
    void theProxySettingIsUsed() {
        {
            ProxyDialog dialog{QString()};
            QVERIFY(dialog.findChildren<QRadioButton*>()
                        .first()
                        ->isChecked());  // the system's, by default
            QCOMPARE(dialog.setting(), QString());
            auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            dialog.findChildren<QRadioButton*>().at(2)->setChecked(true);
            auto* address = dialog.findChild<QLineEdit*>();
            address->setText(QStringLiteral("proxy.example.edu 3128"));
            QVERIFY(!ok->isEnabled());
            address->setText(QStringLiteral("http://proxy.example.edu:3128"));
            QVERIFY(ok->isEnabled());
            QCOMPARE(dialog.setting(), QStringLiteral("http://proxy.example.edu:3128"));
            dialog.findChildren<QRadioButton*>().at(1)->setChecked(true);
            QCOMPARE(dialog.setting(), QStringLiteral("none"));
        }
        QCOMPARE(ProxyChoice::resolve(QStringLiteral("none"), QStringLiteral("https://x/")),
                 std::optional<std::string>(""));
        QCOMPARE(
            ProxyChoice::resolve(QStringLiteral("socks5h://s:1080"), QStringLiteral("https://x/")),
            std::optional<std::string>("socks5h://s:1080"));

        test::LocalHttpServer origin, proxy;
        const std::string body(300'000, 'p');
        origin.serve("/f.bin", body);
        proxy.serve("/f.bin", body);
        Settings().setProxy(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        DatasetController controller;
        DataPage page(&controller);
        auto* bar = named<DownloadBar>(&page, "downloadBar");
        sentiment::downloads::DownloadSource source{
            "fixture",   origin.url("/f.bin"),        "f.bin",
            body.size(), sentiment::Sha256::of(body), false};
        bar->setSource(source);
        QSignalSpy downloaded(bar, &DownloadBar::downloaded);
        bar->start(false, home_.filePath(QStringLiteral("proxied")));
        QTRY_VERIFY_WITH_TIMEOUT(!bar->busy(), 20000);
        Settings().setProxy(QString());
        QCOMPARE(downloaded.count(), 1);
        QCOMPARE(proxy.proxied(), 1);
        QVERIFY(origin.ranges().empty());
    }

private:
    test::PrivateHome home_;
};

QTEST_MAIN(DownloadTest)
#include "DownloadTest.moc"
