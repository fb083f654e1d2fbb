#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "TestFiles.h"
#include "foundation/AtomicFile.h"

using sentiment::AtomicFile;
using sentiment::test::readFile;
using sentiment::test::TempDir;
using sentiment::test::writeFile;
namespace fs = std::filesystem;

namespace {

std::size_t entries(const fs::path& folder) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), {}));
}

}  // namespace

TEST(AtomicFile, WritesTheWholeFileAndLeavesNoTemporaryOne) {
    TempDir folder;
    const auto target = folder / "model.bin";
    const std::string bytes("first\0second", 12);
    ASSERT_TRUE(AtomicFile::write(target, bytes));
    EXPECT_EQ(readFile(target), bytes);
    EXPECT_EQ(entries(folder.path()), 1u);
    // A second write replaces the first whole.
    ASSERT_TRUE(AtomicFile::write(target, "new"));
    EXPECT_EQ(readFile(target), "new");
    EXPECT_EQ(entries(folder.path()), 1u);
}

TEST(AtomicFile, AnAbandonedWriteLeavesTheOldFileAsItWas) {
    TempDir folder;
    const auto target = folder / "cache.bin";
    ASSERT_TRUE(AtomicFile::write(target, "old and whole"));
    {
        AtomicFile file(target);
        ASSERT_TRUE(file.opened());
        file.out() << "half of the new";
        // (an exception or a failure elsewhere: destroyed without commit)
    }
    EXPECT_EQ(readFile(target), "old and whole");
    EXPECT_EQ(entries(folder.path()), 1u);
}

TEST(AtomicFile, AFolderThatCannotBeWrittenIsNamedInTheError) {
    if (::geteuid() == 0) GTEST_SKIP() << "root writes into read-only folders";
    TempDir folder;
    fs::permissions(folder.path(), fs::perms::owner_read | fs::perms::owner_exec);
    const auto target = folder / "checkpoint.slckpt";
    const auto written = AtomicFile::write(target, "bytes");
    fs::permissions(folder.path(), fs::perms::owner_all);
    ASSERT_FALSE(written);
    EXPECT_NE(written.error().message.find(target.string()), std::string::npos)
        << written.error().message;
    EXPECT_NE(written.error().message.find("cannot create"), std::string::npos)
        << written.error().message;
}

TEST(AtomicFile, AMissingFolderOrAFileInItsPlaceIsAnErrorNotACrash) {
    TempDir folder;
    writeFile(folder / "a-file", "not a folder");
    for (const auto& target :
         {folder / "no-such-folder" / "file.txt", folder / "a-file" / "file.txt"}) {
        const auto written = AtomicFile::write(target, "bytes");
        ASSERT_FALSE(written) << target;
        EXPECT_NE(written.error().message.find(target.string() + ": cannot create the file: "),
                  std::string::npos)
            << written.error().message;
    }
    EXPECT_EQ(entries(folder.path()), 1u);
}

TEST(AtomicFile, CopiesAFileWholeAndNamesAMissingSource) {
    TempDir folder;
    std::string big(3'000'000, 'x');
    for (std::size_t i = 0; i < big.size(); i += 4093) big[i] = static_cast<char>(i % 251);
    const auto source = folder / "source.bin";
    writeFile(source, big);
    const auto target = folder / "copy.bin";
    ASSERT_TRUE(AtomicFile::copy(source, target));
    EXPECT_EQ(readFile(target), big);
    EXPECT_EQ(entries(folder.path()), 2u);

    const auto missing = folder / "missing.bin";
    const auto copied = AtomicFile::copy(missing, folder / "other.bin");
    ASSERT_FALSE(copied);
    EXPECT_NE(copied.error().message.find(missing.string()), std::string::npos)
        << copied.error().message;
    EXPECT_FALSE(fs::exists(folder / "other.bin"));
}

TEST(AtomicFile, AFullDiskLeavesNeitherAPartNorATemporaryFile) {
    // /dev/full accepts the open and fails every write with ENOSPC; a link to it stands in for
    // the temporary name, so the write fails as on a full disk.
    if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
    TempDir folder;
    const auto target = folder / "vectors.txt";
    fs::create_symlink("/dev/full",
                       fs::path(target.string() + ".tmp" + std::to_string(::getpid())));
    const auto written = AtomicFile::write(target, std::string(1 << 20, 'v'));
    ASSERT_FALSE(written);
    EXPECT_NE(written.error().message.find("disk full"), std::string::npos)
        << written.error().message;
    EXPECT_NE(written.error().message.find(target.string()), std::string::npos)
        << written.error().message;
    EXPECT_FALSE(fs::exists(target));
    EXPECT_EQ(entries(folder.path()), 0u);
}
