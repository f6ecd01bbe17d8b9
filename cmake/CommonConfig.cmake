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
