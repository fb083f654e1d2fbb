// Qt Test for the interface language: the embedded Korean translation turns the window's
// strings Korean and the locale's formats follow; English stays the source text.
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

#include "PrivateHome.h"

#include "ui/DatasetController.h"
#include "ui/Language.h"
#include "ui/LayerNames.h"
#include "ui/MainWindow.h"
#include "ui/ModelController.h"
#include "ui/TrainingController.h"

using namespace sentiment::ui;

class LanguageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { home_.use(); }

    void koreanTranslatesTheWindow() {
        QCOMPARE(Language::install(*QCoreApplication::instance(), QStringLiteral("ko")), QStringLiteral("ko"));
        QCOMPARE(QLocale().language(), QLocale::Korean);
        DatasetController controller;
        ModelController models(&controller);
        TrainingController training;
        MainWindow window(&controller, &models, &training, QStringLiteral("test"));
        auto* tabs = window.findChild<QTabWidget*>();
        QVERIFY(tabs != nullptr);
        QCOMPARE(tabs->tabText(0), QStringLiteral("데이터(&D)"));
        QStringList buttons;
        for (auto* b : window.findChildren<QPushButton*>()) buttons << b->text();
        QVERIFY2(buttons.contains(QStringLiteral("IMDb 열기…")), qPrintable(buttons.join(QLatin1Char('|'))));
        QVERIFY(!buttons.contains(QStringLiteral("Open IMDb…")));
        QStringList menus;
        for (auto* a : window.menuBar()->actions()) menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("파일(&F)")), qPrintable(menus.join(QLatin1Char('|'))));
        // The core's English layer names and formulas reach the page in Korean.
        QCOMPARE(LayerNames::layer(QStringLiteral("LSTM layer 1, backward")), QStringLiteral("LSTM 층 1, 역방향"));
        QCOMPARE(LayerNames::layer(QStringLiteral("Convolution, width 3")), QStringLiteral("합성곱, 폭 3"));
        QCOMPARE(LayerNames::formula(QStringLiteral("i+1 with i=512")), QStringLiteral("i+1, 단 i=512"));
        QCOMPARE(LayerNames::layer(QStringLiteral("Something new")), QStringLiteral("Something new"));
        // Plurals: the English file has both forms.
        QCOMPARE(QCoreApplication::translate("sentiment::ui::DataPage", "%n warning(s): %1", nullptr, 3).arg(QStringLiteral("x")),
                 QStringLiteral("경고 3개: x"));
    }

private:
    sentiment::test::PrivateHome home_;
};

QTEST_MAIN(LanguageTest)
#include "LanguageTest.moc"
