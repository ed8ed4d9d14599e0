export const id = 846;
export const ids = [846];
export const modules = {

/***/ 846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   drift: () => (/* binding */ drift)
/* harmony export */ });
async function drift(_args, io) {
    io.stderr('self-heal drift: not implemented yet\n');
    return 2;
}


/***/ })

};
