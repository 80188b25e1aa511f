// A C++ source with nothing in it but a function, for a mixed build.
int unusedHelper() { return 0; }
