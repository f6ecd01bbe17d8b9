# Settings every target of the project shares: language level, warnings and Qt safety defines.
add_library(golive_common INTERFACE)
target_compile_features(golive_common INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(golive_common INTERFACE
    -Wall -Wextra -pedantic -Wnon-virtual-dtor)
target_compile_definitions(golive_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
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
