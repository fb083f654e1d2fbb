#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "foundation/Sha256.h"

using sentiment::Sha256;

TEST(Sha256, KnownDigests) {
    EXPECT_EQ(Sha256::of(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(Sha256::of("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(Sha256::of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    Sha256 million;
    const std::string a(1000, 'a');
    for (int i = 0; i < 1000; ++i) million.update(a);
    EXPECT_EQ(million.hexDigest(),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, PiecesGiveTheSameDigestAsTheWhole) {
    std::string text;
    for (int i = 0; i < 300; ++i) text += static_cast<char>('a' + i % 26);
    for (std::size_t cut :
         {std::size_t(1), std::size_t(55), std::size_t(64), std::size_t(65), std::size_t(200)}) {
        Sha256 h;
        h.update(std::string_view(text).substr(0, cut));
        h.update(std::string_view(text).substr(cut));
        EXPECT_EQ(h.hexDigest(), Sha256::of(text)) << cut;
    }
}

TEST(Sha256, FilesAndMissingFiles) {
    const auto path = std::filesystem::temp_directory_path() / "sentiment-sha256-test.txt";
    std::ofstream(path, std::ios::binary) << "abc";
    EXPECT_EQ(*Sha256::ofFile(path), Sha256::of("abc"));
    std::filesystem::remove(path);
    const auto missing = Sha256::ofFile(path);
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find(path.string()), std::string::npos);
}
