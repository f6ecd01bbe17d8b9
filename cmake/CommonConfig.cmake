# Settings every target of the project shares: language level, warnings and Qt safety defines.
add_library(golive_common INTERFACE)
target_compile_features(golive_common INTERFACE cxx_std_17)
# Includes are rooted at the repository ("models/record/EventStore.h", "tests/FakeApis.h"),
# so that a name means one file.
target_include_directories(golive_common INTERFACE ${PROJECT_SOURCE_DIR})
set(CMAKE_CXX_EXTENSIONS OFF)
# Warnings that catch real bugs: a local hiding a member or outer variable (-Wshadow), casts that
# may reinterpret (-Wold-style-cast), deleting through a base without a virtual destructor,
# implicit fall-through, a non-void function that ends without a return (in -Wall/-Wextra).
target_compile_options(golive_common INTERFACE
    -Wall -Wextra -pedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wimplicit-fallthrough)
# CI turns warnings into errors (scripts/test.sh passes GOLIVE_WERROR from the environment).
option(GOLIVE_WERROR "Treat compiler warnings as errors" OFF)
if(GOLIVE_WERROR)
    target_compile_options(golive_common INTERFACE -Werror)
endif()
# Qt 6.4's own safety defines (each checked in the installed headers; QT_NO_CONTEXTLESS_CONNECT and
# QT_DISABLE_DEPRECATED_UP_TO arrived after 6.4 and would be ignored): no implicit conversion of
# 8-bit strings or of QString to a QUrl, no narrowing argument conversions in connect(), and
# nothing deprecated up to the Qt we build with.
target_compile_definitions(golive_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

option(GOLIVE_SANITIZE "Build with AddressSanitizer and UBSan" OFF)
if(GOLIVE_SANITIZE)
    target_compile_options(golive_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(golive_common INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer harnesses (fuzz/): clang only. The project's code gets the fuzzer's coverage hooks and
# ASan+UBSan; the harnesses link libFuzzer's main. Build in a folder of its own:
#   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DGOLIVE_FUZZ=ON
option(GOLIVE_FUZZ "Build the libFuzzer harnesses in fuzz/ (needs clang)" OFF)
if(GOLIVE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "GOLIVE_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++-14")
    endif()
    target_compile_options(golive_common INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g)
    target_link_options(golive_common INTERFACE -fsanitize=address,undefined)
endif()
