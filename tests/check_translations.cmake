# Fails when the sources hold a user-visible string that netdebug_zh_CN.ts does not translate.
# Run as: cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check_translations.cmake
set(ts "${WORK_DIR}/netdebug_zh_CN.ts")
file(MAKE_DIRECTORY "${WORK_DIR}")
configure_file("${SOURCE_DIR}/translations/netdebug_zh_CN.ts" "${ts}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
            "${SOURCE_DIR}/model" "${SOURCE_DIR}/widgets" "${SOURCE_DIR}/app" -ts "${ts}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(READ "${ts}" content)
# Semicolons would split the CMake lists below.
string(REPLACE ";" "," content "${content}")
string(REGEX MATCHALL "<message[^>]*>[^<]*<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
string(REGEX MATCHALL "<message" messages "${content}")
list(LENGTH messages total)
if(count GREATER 0)
    foreach(entry IN LISTS unfinished)
        string(REGEX MATCH "<source>[^<]*</source>" source "${entry}")
        message("untranslated: ${source}")
    endforeach()
    message(FATAL_ERROR "${count} of ${total} strings are not translated into Chinese: run the "
                        "netdebug_lupdate target and translate them in translations/netdebug_zh_CN.ts")
endif()
message("All ${total} strings are translated into Chinese.")
