# Installing like a desktop program: `cmake --install` puts the binary (app/CMakeLists.txt), the
# .desktop file, the icon and the AppStream metainfo in their FHS places; `cpack -G DEB` wraps the
# same tree in a Debian package whose Depends come from dpkg-shlibdeps (the Qt 6 runtime packages).
include(GNUInstallDirs)

set(GOLIVE_APP_ID "org.golive.GoLiveControl") # reverse-DNS id: names the .desktop, icon and metainfo
set(_desktop "${PROJECT_SOURCE_DIR}/resources/desktop")

install(FILES "${_desktop}/${GOLIVE_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_desktop}/${GOLIVE_APP_ID}.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
# The release date follows SOURCE_DATE_EPOCH when it is set, so a rebuild gives the same file.
string(TIMESTAMP GOLIVE_RELEASE_DATE "%Y-%m-%d" UTC)
configure_file("${_desktop}/${GOLIVE_APP_ID}.metainfo.xml"
               "${PROJECT_BINARY_DIR}/${GOLIVE_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/${GOLIVE_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

set(CPACK_PACKAGE_NAME "golive")
set(CPACK_PACKAGE_VENDOR "Go-Live Control")
set(CPACK_PACKAGE_CONTACT "Go-Live Control maintainers <golive@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "launch checklist, live service tiles and audit trail")
set(CPACK_PACKAGE_DESCRIPTION
    "Go-Live Control puts a system's launch checklist in one window: phases, tasks and steps to\
 tick, typed fields, commands to copy, live service tiles and a tamper-evident audit trail. It\
 works offline, on a local SQLite store.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # golive_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see: the SQLite driver of every store
# and the PostgreSQL driver of a team record (and the postgres collector).
# (The xcb and offscreen platform plugins come with libqt6gui6, which dpkg-shlibdeps finds.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
# The icon theme's SVG loader, the Wayland platform plugin for Wayland sessions, and Qt's own
# translations (standard dialogs and buttons in German).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "docker.io")
include(CPack)
