# The warning set of docs/CONVENTIONS (C++ core item 8), applied per target.
function(tandem_set_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    $<$<COMPILE_LANGUAGE:CXX>:-Wold-style-cast -Wnon-virtual-dtor>
    -Wnull-dereference -Wformat=2
    # GCC 12 at -O2 and above reports -Wrestrict inside libstdc++ for plain
    # `"literal" + std::string` (GCC bug 105329, fixed in 13): a false positive.
    $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>)
  if(TANDEM_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
