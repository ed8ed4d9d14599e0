export const id = 137;
export const ids = [137];
export const modules = {

/***/ 137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyze: () => (/* binding */ analyze)
/* harmony export */ });
async function analyze(_args, io) {
    io.stderr('self-heal analyze: not implemented yet\n');
    return 2;
}


/***/ })

};
